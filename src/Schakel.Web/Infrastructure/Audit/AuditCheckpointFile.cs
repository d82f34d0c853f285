using System.Text;
using Schakel.Core.Audit;

namespace Schakel.Web.Infrastructure.Audit;

/// <summary>
/// The file the signed checkpoints go to. It is only ever opened for appending, never rewritten; operations make it
/// append-only in the file system (chattr +a) or ship each line to a log sink, so the database administrator cannot
/// take a checkpoint back.
/// </summary>
public static class AuditCheckpointFile
{
    private static readonly Lock Sync = new();

    public static IReadOnlyList<AuditCheckpoint> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return AuditCheckpoint.Parse(lines);
    }

    public static void Append(string path, AuditCheckpoint checkpoint)
    {
        var bytes = Encoding.UTF8.GetBytes(checkpoint.ToLine() + "\n");
        lock (Sync)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            // One write of the whole line in append mode: another instance appending at the same time cannot interleave.
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
    }
}
