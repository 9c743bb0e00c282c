namespace CsWarehouse.Etl.Reading;

/// <summary>A read-only stream of some bytes followed by another stream (a header line put before a headerless file).</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
{
    private int _at;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_at < prefix.Length)
        {
            var n = Math.Min(count, prefix.Length - _at);
            Array.Copy(prefix, _at, buffer, offset, n);
            _at += n;
            return n;
        }
        return rest.Read(buffer, offset, count);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
