using System.Security.Cryptography;
using Schakel.Core.Audit;

namespace Schakel.Web.Infrastructure.Audit;

/// <summary>
/// The key of the audit chain and where its signed checkpoints go. The key never lives in the database: whoever can
/// change the database must not be able to recompute the chain. Production refuses to start without a configured key;
/// Development and test runs generate a key file in the data folder so they work out of the box.
/// </summary>
public sealed class AuditChainSettings(byte[] key, string checkpointFile, TimeSpan checkpointInterval, TimeSpan? fullCheckInterval = null)
{
    public byte[] Key { get; } = key;
    public string CheckpointFile { get; } = checkpointFile;
    public TimeSpan CheckpointInterval { get; } = checkpointInterval;

    /// <summary>
    /// How long a full check of the chain stays fresh. Checkpoints come every few minutes and check only what is new;
    /// the whole chain is read at most this often, since that cost grows with the log. Zero checks it at every checkpoint.
    /// </summary>
    public TimeSpan FullCheckInterval { get; } = fullCheckInterval ?? TimeSpan.FromHours(1);

    public const string MissingKeyMessage =
        "Schakel start niet: de sleutel voor de auditketen ontbreekt. Stel Audit__ChainKey in (minstens 32 willekeurige bytes " +
        "als base64, bijvoorbeeld de uitvoer van 'openssl rand -base64 32') of Audit__ChainKeyFile (pad naar een bestand met " +
        "zo'n sleutel). Bewaar de sleutel buiten de database en maak er een back-up van: zonder sleutel is de auditlog niet te controleren.";

    public static AuditChainSettings Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("Audit");
        var dataFolder = Path.Combine(environment.ContentRootPath, "data");
        var key = LoadKey(section, environment, dataFolder);
        var file = section["CheckpointFile"];
        file = string.IsNullOrWhiteSpace(file) ? Path.Combine(dataFolder, "audit-checkpoints.jsonl")
            : Path.IsPathRooted(file) ? file : Path.Combine(environment.ContentRootPath, file);
        var interval = section.GetValue("CheckpointInterval", TimeSpan.FromMinutes(5));
        if (interval < TimeSpan.FromSeconds(1))
        {
            throw new InvalidOperationException("Audit:CheckpointInterval moet minstens één seconde zijn.");
        }
        var fullCheck = section.GetValue("FullCheckInterval", TimeSpan.FromHours(1));
        if (fullCheck < TimeSpan.Zero)
        {
            throw new InvalidOperationException("Audit:FullCheckInterval mag niet negatief zijn.");
        }
        return new AuditChainSettings(key, file, interval, fullCheck);
    }

    private static byte[] LoadKey(IConfigurationSection section, IHostEnvironment environment, string dataFolder)
    {
        var text = section["ChainKey"];
        string source = "Audit:ChainKey";
        if (string.IsNullOrWhiteSpace(text) && section["ChainKeyFile"] is { Length: > 0 } keyFile)
        {
            var path = Path.IsPathRooted(keyFile) ? keyFile : Path.Combine(environment.ContentRootPath, keyFile);
            source = $"Audit:ChainKeyFile ({path})";
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException($"Schakel start niet: het sleutelbestand van de auditketen ({path}) kan niet worden gelezen: {e.Message}", e);
            }
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(MissingKeyMessage);
            }
            return GeneratedDevelopmentKey(dataFolder);
        }
        return AuditKeyText.TryDecode(text, out var problem)
            ?? throw new InvalidOperationException($"Schakel start niet: {source} is geen bruikbare sleutel voor de auditketen: {problem}.");
    }

    /// <summary>One key per data folder, kept across restarts so the chain written in earlier runs still verifies.</summary>
    private static byte[] GeneratedDevelopmentKey(string dataFolder)
    {
        var path = Path.Combine(dataFolder, "audit-chain.key");
        Directory.CreateDirectory(dataFolder);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(AuditChain.MinKeyBytes)));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (a parallel test host) created it first; use that one.
        }
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path);
            if (AuditKeyText.TryDecode(text, out _) is { } key)
            {
                return key;
            }
            if (attempt >= 20)
            {
                throw new InvalidOperationException($"Het gegenereerde sleutelbestand {path} is onleesbaar; verwijder het en start opnieuw.");
            }
            // The creating process may still be writing it.
            Thread.Sleep(50);
        }
    }
}
