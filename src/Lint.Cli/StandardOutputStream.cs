using System.Runtime.InteropServices;

namespace Lint.Cli;

/// <summary>
/// Standard output on Unix, written with <c>write(2)</c> on file descriptor 1. Two things rule out the alternatives:
/// the console stream drops the error when the reader has gone (a closed pipe), which would pass a gate whose report
/// was lost; and a <see cref="FileStream"/> over descriptor 1 writes at offsets of its own without moving the offset
/// the descriptor shares with the shell, so in <c>{ lint …; echo done; } &gt; log</c> the next writer overwrote the
/// report. <c>write(2)</c> reports every error and writes where the descriptor stands (and at the end with
/// <c>O_APPEND</c>, as <c>&gt;&gt;</c> opens it).
/// </summary>
internal sealed class StandardOutputStream : Stream
{
    private const int Interrupted = 4;  // EINTR
    private const int NoSpace = 28;     // ENOSPC
    private const int BrokenPipe = 32;  // EPIPE

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var written = WriteNative(1, ref MemoryMarshal.GetReference(buffer), (nuint)buffer.Length);
            if (written < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno == Interrupted) continue;
                throw new IOException(errno switch
                {
                    BrokenPipe => "Broken pipe",
                    NoSpace => "No space left on device",
                    _ => Marshal.GetPInvokeErrorMessage(errno),
                });
            }

            buffer = buffer.Slice((int)written);
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint WriteNative(int descriptor, ref byte buffer, nuint count);
}
