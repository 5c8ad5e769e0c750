using UrduText.Tests.Properties;

namespace UrduText.Tests.Reliability;

/// <summary>
/// Shared instances (normalizers, tokenizer, segmenter, transliterator and their lazy data) called from many threads at once
/// must give exactly the single-threaded results. The cold-start variant (before any lazy data exists) runs in a fresh
/// process: <c>UrduText.Fuzz hammer</c> (see docs/reliability.md).
/// </summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void SharedInstances_ManyThreads_MatchSingleThreadResults()
    {
        const int threads = 8;
        var random = new Random(42);
        string[] inputs = [.. Enumerable.Range(0, 40).Select(_ => SharedOperations.RandomText(random, 10))];
        IReadOnlyList<(string Name, Func<string, string> Run)> operations = SharedOperations.All;
        var results = new string?[threads, operations.Count, inputs.Length];
        using var start = new Barrier(threads);
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        Thread[] workers = [.. Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                for (int k = 0; k < inputs.Length; k++)
                {
                    int i = (k * 7 + t * 31) % inputs.Length;
                    for (int o = 0; o < operations.Count; o++)
                    {
                        int op = (o + t) % operations.Count;
                        results[t, op, i] = operations[op].Run(inputs[i]);
                    }
                }
            }
#pragma warning disable CA1031 // Collected and asserted below.
            catch (Exception e)
#pragma warning restore CA1031
            {
                errors.Enqueue(e);
            }
        }))];
        foreach (Thread w in workers)
        {
            w.Start();
        }

        foreach (Thread w in workers)
        {
            w.Join();
        }

        errors.Should().BeEmpty();
        for (int op = 0; op < operations.Count; op++)
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                string single = operations[op].Run(inputs[i]);
                for (int t = 0; t < threads; t++)
                {
                    results[t, op, i].Should().Be(single, $"{operations[op].Name} on thread {t} for {Invariants.Escape(inputs[i])}");
                }
            }
        }
    }
}
