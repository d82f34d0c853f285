using System.Text.Json;

namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>
/// What a template needs besides the kind. Never a title, a name or a description: a notification's mail keeps only
/// its link, a digest only counts per kind, a melder's mail the fixed text its caller wrote.
/// </summary>
public sealed record MailData(string? Url = null, Dictionary<string, int>? Counts = null, string? Subject = null, string? Body = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static MailData FromJson(string json) => JsonSerializer.Deserialize<MailData>(json, Json) ?? new MailData();
}
