using UrduText.Tests.Properties;

namespace UrduText.Fuzz;

/// <summary>
/// The concurrency hammer from a cold start: many threads call every shared instance at once before anything has been
/// initialized (lazy tables, gazetteers, caches), then the same inputs run on one thread and every result must match.
/// </summary>
internal static class Hammer
{
    public static int Run(TextWriter log)
    {
        const int threads = 8;
        const int inputsPerThread = 12;
        var random = new Random(20261128);
        var inputs = new string[threads * inputsPerThread];
        for (int i = 0; i < inputs.Length; i++)
        {
            inputs[i] = SharedOperations.RandomText(random, 12);
        }

        IReadOnlyList<(string Name, Func<string, string> Run)> operations = SharedOperations.All;
        var concurrent = new string?[operations.Count, inputs.Length];
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var start = new Barrier(threads);
        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            int thread = t;
            workers[t] = new Thread(() =>
            {
                start.SignalAndWait();
                for (int k = 0; k < inputs.Length; k++)
                {
                    // Each thread walks the inputs from a different place and the operations in a different order.
                    int i = (k + thread * inputsPerThread) % inputs.Length;
                    for (int o = 0; o < operations.Count; o++)
                    {
                        int op = (o + thread) % operations.Count;
                        try
                        {
                            string result = operations[op].Run(inputs[i]);
                            string? previous = Interlocked.CompareExchange(ref concurrent[op, i], result, null);
                            if (previous is not null && previous != result)
                            {
                                errors.Enqueue($"{operations[op].Name}: two threads disagree on {Invariants.Escape(inputs[i])}");
                            }
                        }
#pragma warning disable CA1031 // Any exception on any thread is a failure to report.
                        catch (Exception e)
#pragma warning restore CA1031
                        {
                            errors.Enqueue($"{operations[op].Name} threw {e.GetType().Name} on {Invariants.Escape(inputs[i])}: {e.Message}");
                        }
                    }
                }
            });
            workers[t].Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        long compared = 0;
        for (int op = 0; op < operations.Count; op++)
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                compared++;
                string single = operations[op].Run(inputs[i]);
                if (concurrent[op, i] != single)
                {
                    errors.Enqueue($"{operations[op].Name}: many-thread result differs from single-thread result on {Invariants.Escape(inputs[i])}");
                }
            }
        }

        foreach (string error in errors.Take(20))
        {
            log.WriteLine(error);
        }

        log.WriteLine($"hammer: {threads} threads, {operations.Count} operations ({string.Join(", ", operations.Select(o => o.Name))}), {inputs.Length} inputs, {compared} results compared, {errors.Count} errors");
        return errors.IsEmpty ? 0 : 1;
    }
}
