namespace RusToK.Infrastructure.Tests.Capabilities.Media;

/// <summary>An upload whose connection drops after the first chunk.</summary>
internal sealed class BreaksHalfwayStream : Stream
{
    private bool _sentFirstChunk;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_sentFirstChunk) throw new IOException("The connection was reset.");
        _sentFirstChunk = true;
        Array.Fill(buffer, (byte)42, offset, Math.Min(count, 1000));
        return Math.Min(count, 1000);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
