// A throwaway consumer: restores UrduText from the freshly packed nupkg and uses it like a user would.
using UrduText;

string input = "\uFEDB\uFEF4\uFE8E \uFE81\uFB56 \uFEE7\uFBAE"; // ﻛﻴﺎ ﺁﭖ ﻧﮯ (presentation forms)
string expected = "\u06A9\u06CC\u0627 \u0622\u067E \u0646\u06D2"; // کیا آپ نے
string actual = UrduNormalizer.Default.Normalize(input);
Console.WriteLine(actual == expected ? $"OK {actual}" : $"MISMATCH {actual}");
