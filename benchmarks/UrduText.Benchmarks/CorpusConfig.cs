using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace UrduText.Benchmarks;

/// <summary>
/// Adds the corpus size and the throughput to every table of a class whose benchmarks take a <see cref="Corpus"/>
/// parameter named <c>Corpus</c> and process the whole corpus once per operation: <c>Chars</c> (UTF-16 code units),
/// <c>MB/s</c> from the mean and <c>MB/s (min)</c> from the minimum (10^6 bytes of UTF-16 input per second).
/// </summary>
public sealed class CorpusConfig : ManualConfig
{
    public CorpusConfig()
    {
        AddColumn(new CorpusColumn("Chars", "Size of the corpus in UTF-16 code units", (chars, _) => chars.ToString("N0", CultureInfo.InvariantCulture)));
        AddColumn(new CorpusColumn("MB/s", "UTF-16 input bytes per second from the mean, in 10^6", (chars, s) => Throughput(chars, s.Mean)));
        AddColumn(new CorpusColumn("MB/s (min)", "UTF-16 input bytes per second from the minimum, in 10^6", (chars, s) => Throughput(chars, s.Min)));
    }

    static string Throughput(int chars, double nanoseconds) =>
        (chars * 2 / 1e6 / (nanoseconds / 1e9)).ToString("N0", CultureInfo.InvariantCulture);

    sealed class CorpusColumn(string name, string legend, Func<int, BenchmarkDotNet.Mathematics.Statistics, string> value) : IColumn
    {
        public string Id => nameof(CorpusColumn) + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => legend;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            if (benchmarkCase.Parameters["Corpus"] is not Corpus corpus)
            {
                return "?";
            }

            var statistics = summary[benchmarkCase]?.ResultStatistics;
            int chars = BenchmarkCorpus.Text(corpus).Length;
            return statistics is null && name != "Chars" ? "NA" : value(chars, statistics!);
        }
    }
}
