using System.Runtime.CompilerServices;

// Hot paths fill their buffers before reading them; zeroing stackalloc'd memory would only cost time.
[module: SkipLocalsInit]
