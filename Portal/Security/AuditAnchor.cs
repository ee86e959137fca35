using System.Text;
using Portal.Domain.Audit;

namespace Portal.Security;

/// <summary>
/// The append-only file that anchors the audit chain outside the database: after each append, one line
/// "sequence hash" for the newest entry. Put it where the database's writers cannot rewrite it
/// (another volume, a file with <c>chattr +a</c>, shipped to a log server) for the anchor to mean most.
/// </summary>
public sealed class AuditAnchor(string path)
{
    private const int TailBytes = 512;

    public string Path { get; } = path;

    public bool Exists => File.Exists(Path);

    /// <summary>
    /// The anchor at <paramref name="path"/>. A node among several makes its (empty) file the first time it starts,
    /// so that "this node has not appended yet" and "this node's file was removed" can be told apart.
    /// </summary>
    public static AuditAnchor Open(string path, AnchorScope scope, Microsoft.Extensions.Logging.ILogger? logger)
    {
        if (scope == AnchorScope.ThisNode && !File.Exists(path))
        {
            using (new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite)) { }
            logger?.LogWarning("Revisionssporet: ankerfilen {Path} fandtes ikke og er oprettet tom (en ny node).", path);
        }
        return new AuditAnchor(path);
    }

    /// <summary>The file's length now; a reader that stops here sees exactly the lines written so far.</summary>
    public long Length => File.Exists(Path) ? new FileInfo(Path).Length : 0;

    /// <summary>Appends one line and flushes it to disk. A line cut short by a crash is closed off first.</summary>
    public void Append(AuditAnchorLine line, bool startOnNewLine)
    {
        using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        var text = (startOnNewLine ? "\n" : "") + line.Format() + "\n";
        file.Write(Encoding.ASCII.GetBytes(text));
        file.Flush(flushToDisk: true);
    }

    /// <summary>The last complete line, and whether the file ends in the middle of a line.</summary>
    public (AuditAnchorLine? Last, bool EndsMidLine) ReadTail()
    {
        if (!File.Exists(Path)) return (null, false);
        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var start = Math.Max(0, file.Length - TailBytes);
        file.Seek(start, SeekOrigin.Begin);
        var buffer = new byte[file.Length - start];
        file.ReadExactly(buffer);
        var text = Encoding.ASCII.GetString(buffer);
        var endsMidLine = text.Length > 0 && text[^1] != '\n';
        var lines = text.Split('\n');
        // The last element is the unfinished part after the final newline (empty when the file ends cleanly).
        for (var i = lines.Length - 2; i >= 0; i--)
            if (AuditAnchorLine.Parse(lines[i]) is { } parsed) return (parsed, endsMidLine);
        return (null, endsMidLine);
    }

    /// <summary>
    /// Every complete line in the first <paramref name="length"/> bytes, or null when there is no file.
    /// A line cut short by a crash (closed off by the next append) is skipped: it cannot hide a row, and
    /// whoever can rewrite the file's old lines is beyond what an append-only anchor protects against.
    /// </summary>
    public IReadOnlyList<AuditAnchorLine>? ReadAll(long length)
    {
        if (!File.Exists(Path)) return null;
        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(new BoundedStream(file, length), Encoding.ASCII);
        var text = reader.ReadToEnd();
        var parts = text.Split('\n');
        var lines = new List<AuditAnchorLine>(parts.Length);
        // The last part is unfinished (a crash mid-write) or empty; it proves nothing either way.
        for (var i = 0; i < parts.Length - 1; i++)
            if (AuditAnchorLine.Parse(parts[i]) is { } parsed) lines.Add(parsed);
        return lines;
    }

    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => limit;
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, (int)Math.Min(count, limit - _read));
            _read += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
