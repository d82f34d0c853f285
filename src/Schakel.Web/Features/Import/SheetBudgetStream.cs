namespace Schakel.Web.Features.Import;

/// <summary>
/// A read-only stream over a file or a package part that refuses, with a Dutch <see cref="ImportFileException"/>, to
/// hand out more bytes than the reader may hold at once: a budget the reader sets before it loads something whole (a
/// row, the shared strings) and, for XML, a longest stretch without a tag (one text or attribute value). Counting what
/// is read, not what a header claims, holds for a zip entry that lies about its size too. The reader buffers ahead, so
/// a budget is checked per block read: a bound, not an exact count.
/// </summary>
internal sealed class SheetBudgetStream(Stream inner, bool xml, long total = long.MaxValue, string? overTotal = null) : Stream
{
    private long _total = total;
    private long _budget = long.MaxValue;
    private Func<string> _overBudget = () => SheetLimits.Damaged;
    private long _sinceTag;
    private long _position;
    private bool _endedWithTag;

    /// <summary>The message for a text or attribute value that is too long; the reader sets it to name the row.</summary>
    public Func<string> TextTooLong { get; set; } = () => SheetLimits.TextTooLong(0);

    /// <summary>From now on at most <paramref name="bytes"/> more, else <paramref name="refusal"/>.</summary>
    public void Limit(long bytes, Func<string> refusal)
    {
        _budget = bytes;
        _overBudget = refusal;
    }

    public void Unlimit() => _budget = long.MaxValue;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Count(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Count(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Count(ReadOnlySpan<byte> block)
    {
        _total -= block.Length;
        if (_total < 0)
        {
            throw new ImportFileException(overTotal ?? SheetLimits.Damaged);
        }
        if (_budget != long.MaxValue)
        {
            _budget -= block.Length;
            if (_budget < 0)
            {
                throw new ImportFileException(_overBudget());
            }
        }
        if (!xml)
        {
            return;
        }
        Markup(block);
        if (block.Length > SheetLimits.MaxXmlTextBytes)
        {
            // A block larger than the bound could hide a long stretch inside it; reads are rarely this large.
            while (block.IndexOf((byte)'<') is var tag and >= 0)
            {
                Check(_sinceTag + tag);
                _sinceTag = 0;
                block = block[(tag + 1)..];
            }
            _sinceTag += block.Length;
            Check(_sinceTag);
            return;
        }
        var first = block.IndexOf((byte)'<');
        if (first < 0)
        {
            _sinceTag += block.Length;
            Check(_sinceTag);
            return;
        }
        Check(_sinceTag + first);
        _sinceTag = block.Length - block.LastIndexOf((byte)'<') - 1;
    }

    /// <summary>
    /// Refuses a DTD, a comment, a CDATA section ("&lt;!") and a processing instruction after the XML declaration
    /// ("&lt;?"): Excel writes none of them in a sheet, and their content may hold '&lt;', which would hide a value of
    /// any length from the stretch bound.
    /// </summary>
    private void Markup(ReadOnlySpan<byte> block)
    {
        var start = _position;
        _position += block.Length;
        var opensWithPrevious = _endedWithTag && block.Length > 0 && block[0] is (byte)'!' or (byte)'?';
        _endedWithTag = block.Length > 0 && block[^1] == '<';
        if ((opensWithPrevious && start > 1) || block.IndexOf("<!"u8) >= 0)
        {
            throw new ImportFileException(SheetLimits.Damaged);
        }
        var instruction = block.IndexOf("<?"u8);
        while (instruction >= 0)
        {
            // The XML declaration comes first (after a byte order mark of three bytes at most).
            if (start + instruction > 3)
            {
                throw new ImportFileException(SheetLimits.Damaged);
            }
            var next = block[(instruction + 2)..].IndexOf("<?"u8);
            instruction = next < 0 ? -1 : instruction + 2 + next;
        }
    }

    private void Check(long stretch)
    {
        if (stretch > SheetLimits.MaxXmlTextBytes)
        {
            throw new ImportFileException(TextTooLong());
        }
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
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
