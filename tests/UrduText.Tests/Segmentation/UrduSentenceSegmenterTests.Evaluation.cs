namespace UrduText.Tests.Segmentation;

public partial class UrduSentenceSegmenterTests(ITestOutputHelper output)
{
    /// <summary>
    /// Sentence F1 on the treebank-style evaluation set (see docs/segmentation.md for the numbers and what they mean):
    /// the gold sentences of each document are joined by single spaces, segmented, and compared as exact spans.
    /// </summary>
    [Fact]
    public void EnumerateSentences_TreebankStyleEvaluation_ReportsF1()
    {
        var documents = new List<List<string>> { new() };
        foreach (string line in File.ReadLines(SegmentationTestData.TestDataPath("segmentation", "ud-style-eval.txt")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                documents.Add([]);
            }
            else
            {
                documents[^1].Add(line);
            }
        }

        int gold = 0, predicted = 0, correct = 0, goldEndingInTerminator = 0, correctEndingInTerminator = 0;
        foreach (List<string> document in documents)
        {
            string text = string.Join(' ', document);
            var goldSpans = new HashSet<(int, int)>();
            var terminatorSpans = new HashSet<(int, int)>();
            int offset = 0;
            bool previousEndsInTerminator = true;
            foreach (string sentence in document)
            {
                goldSpans.Add((offset, sentence.Length));
                bool endsInTerminator = sentence.TrimEnd(' ', '\'', '"').EndsWith('۔') || sentence.EndsWith('؟');
                if (endsInTerminator && previousEndsInTerminator)
                {
                    terminatorSpans.Add((offset, sentence.Length));
                }

                previousEndsInTerminator = endsInTerminator;
                offset += sentence.Length + 1;
            }

            gold += goldSpans.Count;
            goldEndingInTerminator += terminatorSpans.Count;
            foreach (UrduSentence s in UrduSentenceSegmenter.Default.EnumerateSentences(text))
            {
                predicted++;
                bool hit = goldSpans.Contains((s.Start, s.Length));
                correct += hit ? 1 : 0;
                if (!hit)
                {
                    output.WriteLine($"wrong: {text[s.Range]}");
                }

                correctEndingInTerminator += terminatorSpans.Contains((s.Start, s.Length)) ? 1 : 0;
            }
        }

        double precision = (double)correct / predicted, recall = (double)correct / gold;
        double f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"gold {gold}, predicted {predicted}, correct {correct}: P {precision:P2} R {recall:P2} F1 {f1:P2}");
        output.WriteLine($"gold sentences ending in ۔ or ؟ after one that does: {correctEndingInTerminator}/{goldEndingInTerminator} found exactly");

        // Punctuation alone can find every sentence that ends in a terminator and follows one that does; the misses
        // are sentences ending in " -" or in nothing, and the sentence after each.
        correctEndingInTerminator.Should().Be(goldEndingInTerminator);
        predicted.Should().BeLessThanOrEqualTo(gold, "no sentence is split inside");
    }
}
