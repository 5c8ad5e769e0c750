using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using UrduText.Tests.Properties;

namespace UrduText.Fuzz;

/// <summary>
/// An in-process, coverage-guided mutational fuzzer. Coverage comes from SharpFuzz's instrumentation of UrduText.dll
/// (<c>SharpFuzz.Common.Trace.SharedMem</c>, the AFL edge map); without instrumentation it runs blind (random mutation of
/// the seed corpus), and says so. It keeps an input when it reaches a new (edge, hit-count bucket) pair, as AFL and libFuzzer do.
/// </summary>
internal sealed unsafe class CoverageFuzzer
{
    const int MapSize = 1 << 16;
    const int MaxInputLength = 1024;

    readonly Random _random;
    readonly List<byte[]> _corpus = [];
    readonly byte[][] _dictionary;
    readonly byte* _map;
    readonly bool[] _seen = new bool[MapSize * 8];
    readonly string? _corpusDirectory;
    readonly string _findingsDirectory;
    readonly HashSet<string> _failureKinds = [];
    long _executions;
    long _failures;
    int _features;
    volatile byte[]? _current;
    long _currentStarted;

    public CoverageFuzzer(int seed, string? corpusDirectory, string findingsDirectory)
    {
        _random = new Random(seed);
        _corpusDirectory = corpusDirectory;
        _findingsDirectory = findingsDirectory;
        _map = (byte*)NativeMemory.AllocZeroed(MapSize);
        SharpFuzz.Common.Trace.SharedMem = _map;
        var dictionary = new List<byte[]>();
        foreach (string[] category in HardPieces.All)
        {
            foreach (string piece in category)
            {
                dictionary.Add(Encoding.UTF8.GetBytes(piece));
                dictionary.Add(MemoryMarshal.AsBytes(piece.AsSpan()).ToArray());
            }
        }

        _dictionary = [.. dictionary];
    }

    public bool IsInstrumented { get; private set; }

    public void AddSeed(byte[] input)
    {
        if (input.Length <= MaxInputLength)
        {
            _corpus.Add(input);
        }
    }

    /// <summary>Fuzzes until <paramref name="runs"/> executions or <paramref name="duration"/>, whichever comes first.</summary>
    /// <returns>The number of distinct failures found.</returns>
    public long Run(long runs, TimeSpan duration, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        StartWatchdog(log);

        // Seeds first: they set the coverage baseline and tell whether the library is instrumented.
        foreach (byte[] seed in _corpus.ToArray())
        {
            Execute(seed, keep: false);
        }

        IsInstrumented = _features > 0;
        log.WriteLine($"fuzz: {(IsInstrumented ? "coverage-guided (SharpFuzz-instrumented UrduText.dll)" : "BLIND: UrduText.dll is not instrumented, mutating seeds at random")}, {_corpus.Count} seeds, {_features} features");
        TimeSpan nextReport = TimeSpan.FromSeconds(10);
        while (_executions < runs && clock.Elapsed < duration)
        {
            byte[] input = Mutate(_corpus.Count > 0 ? _corpus[_random.Next(_corpus.Count)] : []);
            Execute(input, keep: true);
            if (clock.Elapsed >= nextReport)
            {
                Report(log, clock.Elapsed);
                nextReport += TimeSpan.FromSeconds(10);
            }
        }

        Report(log, clock.Elapsed);
        _current = null;
        return _failures;
    }

    void Report(TextWriter log, TimeSpan elapsed) =>
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"#{_executions} execs {elapsed.TotalSeconds:F0}s {_executions / Math.Max(0.001, elapsed.TotalSeconds):F0}/s corpus {_corpus.Count} features {_features} failures {_failures}"));

    void Execute(byte[] input, bool keep)
    {
        new Span<byte>(_map, MapSize).Clear();
        SharpFuzz.Common.Trace.PrevLocation = 0;
        _currentStarted = Stopwatch.GetTimestamp();
        _current = input;
        try
        {
            FuzzInput.Run(input);
        }
#pragma warning disable CA1031 // A fuzzer records every exception as a finding.
        catch (Exception e)
#pragma warning restore CA1031
        {
            RecordFailure(input, e);
        }

        _executions++;
        int fresh = CollectFeatures();
        if (fresh > 0 && keep)
        {
            _corpus.Add(input);
            if (_corpusDirectory is not null)
            {
                File.WriteAllBytes(Path.Combine(_corpusDirectory, Hash(input)), input);
            }
        }
    }

    int CollectFeatures()
    {
        int fresh = 0;
        var map = new ReadOnlySpan<byte>(_map, MapSize);
        int i = 0;
        while (true)
        {
            int next = map[i..].IndexOfAnyExcept((byte)0);
            if (next < 0)
            {
                break;
            }

            i += next;
            int feature = i * 8 + Bucket(map[i]);
            if (!_seen[feature])
            {
                _seen[feature] = true;
                fresh++;
                _features++;
            }

            if (++i >= MapSize)
            {
                break;
            }
        }

        return fresh;
    }

    /// <summary>AFL's hit-count buckets: 1, 2, 3, 4–7, 8–15, 16–31, 32–127, 128+.</summary>
    static int Bucket(byte count) => count switch
    {
        1 => 0,
        2 => 1,
        3 => 2,
        < 8 => 3,
        < 16 => 4,
        < 32 => 5,
        < 128 => 6,
        _ => 7,
    };

    byte[] Mutate(byte[] parent)
    {
        var data = new List<byte>(parent.Length + 16);
        data.AddRange(parent);
        if (data.Count == 0)
        {
            data.Add((byte)_random.Next(3));
        }

        int mutations = 1 + _random.Next(4);
        for (int m = 0; m < mutations; m++)
        {
            int at = 1 + _random.Next(Math.Max(1, data.Count));
            at = Math.Min(at, data.Count);
            switch (_random.Next(9))
            {
                case 0 when data.Count > 1:
                    data[at == data.Count ? at - 1 : at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1 when data.Count > 1:
                    data[at == data.Count ? at - 1 : at] = (byte)_random.Next(256);
                    break;
                case 2:
                    for (int k = _random.Next(1, 5); k > 0; k--)
                    {
                        data.Insert(at, (byte)_random.Next(256));
                    }

                    break;
                case 3 when data.Count > 2:
                    data.RemoveRange(at == data.Count ? at - 1 : at, Math.Min(data.Count - at, 1 + _random.Next(8)));
                    break;
                case 4 or 5:
                    data.InsertRange(at, _dictionary[_random.Next(_dictionary.Length)]);
                    break;
                case 6 when data.Count > 2:
                {
                    int from = 1 + _random.Next(data.Count - 1);
                    int length = Math.Min(data.Count - from, 1 + _random.Next(32));
                    data.InsertRange(at, data.GetRange(from, length));
                    break;
                }

                case 7 when _corpus.Count > 1:
                {
                    byte[] other = _corpus[_random.Next(_corpus.Count)];
                    if (other.Length > 1)
                    {
                        int from = 1 + _random.Next(other.Length - 1);
                        data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + _random.Next(64))).ToArray());
                    }

                    break;
                }

                default:
                    data[0] = (byte)_random.Next(3);
                    break;
            }
        }

        return data.Count > MaxInputLength ? [.. data.GetRange(0, MaxInputLength)] : [.. data];
    }

    void RecordFailure(byte[] input, Exception e)
    {
        _failures++;
        string kind = e.GetType().Name + ": " + FirstLine(e.Message);
        string kindKey = e.GetType().Name + ":" + (e is InvariantException ? FirstWords(e.Message) : (e.StackTrace ?? "").Split('\n')[0]);
        if (!_failureKinds.Add(kindKey))
        {
            return;
        }

        Directory.CreateDirectory(_findingsDirectory);
        string name = "crash-" + Hash(input);
        File.WriteAllBytes(Path.Combine(_findingsDirectory, name), input);
        File.WriteAllText(Path.Combine(_findingsDirectory, name + ".txt"), e.ToString());
        Console.Error.WriteLine($"FAILURE {name}: {kind}");
    }

    static string FirstLine(string s) => s.Split('\n')[0];

    static string FirstWords(string s) => s.Split(':')[0];

    static string Hash(byte[] input) => Convert.ToHexStringLower(SHA256.HashData(input))[..16];

    /// <summary>Saves the current input and stops when one execution hangs (10 s), so hangs are findings too.</summary>
    void StartWatchdog(TextWriter log)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(1000);
                byte[]? current = _current;
                if (current is not null && Stopwatch.GetElapsedTime(_currentStarted) > TimeSpan.FromSeconds(10))
                {
                    Directory.CreateDirectory(_findingsDirectory);
                    string name = "hang-" + Hash(current);
                    File.WriteAllBytes(Path.Combine(_findingsDirectory, name), current);
                    log.WriteLine($"HANG {name}: one execution ran over 10 s");
                    log.Flush();
                    Environment.Exit(3);
                }
            }
        })
        { IsBackground = true };
        thread.Start();
    }
}
