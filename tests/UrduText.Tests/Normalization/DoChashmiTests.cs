namespace UrduText.Tests.Normalization;

public class DoChashmiTests
{
    [Theory]
    [InlineData("بهی", "بھی")]
    [InlineData("ساته", "ساتھ")]
    [InlineData("مجهے", "مجھے")]
    [InlineData("تها", "تھا")]
    [InlineData("که", "کہ")]
    [InlineData("وه", "وہ")]
    [InlineData("یه", "یہ")]
    public void Resolve_CommonWord_GivesUrduSpelling(string input, string expected)
    {
        char[] word = input.ToCharArray();
        DoChashmi.Resolve(word);
        new string(word).Should().Be(expected);
    }

    [Fact]
    public void Resolve_NoArabicHeh_LeavesWordUnchanged()
    {
        char[] word = "پاکستان".ToCharArray();
        DoChashmi.Resolve(word);
        new string(word).Should().Be("پاکستان");
    }

    [Fact]
    public void Resolve_EmptyWord_DoesNothing()
    {
        DoChashmi.Resolve([]);
    }
}
