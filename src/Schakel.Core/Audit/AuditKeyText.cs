namespace Schakel.Core.Audit;

/// <summary>The audit chain key as written in configuration or a key file: base64 text of at least 32 bytes.</summary>
public static class AuditKeyText
{
    /// <summary>The key bytes, or null with a Dutch reason when the text is not a usable key.</summary>
    public static byte[]? TryDecode(string text, out string? problem)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            problem = "de sleutel is geen geldige base64-tekst";
            return null;
        }
        if (key.Length < AuditChain.MinKeyBytes)
        {
            problem = $"de sleutel is {key.Length} bytes; minstens {AuditChain.MinKeyBytes} bytes nodig";
            return null;
        }
        problem = null;
        return key;
    }
}
