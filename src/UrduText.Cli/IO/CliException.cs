namespace UrduText.Cli.IO;

/// <summary>A user error (bad file, bad bytes): reported on one line with exit code 2, never with a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
