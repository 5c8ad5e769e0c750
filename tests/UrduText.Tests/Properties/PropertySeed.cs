namespace UrduText.Tests.Properties;

/// <summary>Deterministic seeds derived from the input (string.GetHashCode is randomized per process).</summary>
public static class PropertySeed
{
    public static int Of(string text)
    {
        uint h = 2166136261;
        foreach (char c in text)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h & 0x7FFFFFFF);
    }

    /// <summary>Iterations per property: the suite must stay fast on 2 cores; URDUTEXT_PROPERTY_ITER raises it for long runs.</summary>
    public static long Iterations(long normal) =>
        long.TryParse(Environment.GetEnvironmentVariable("URDUTEXT_PROPERTY_ITER"), out long n) && n > 0 ? n : normal;
}
