namespace Schakel.Web.Infrastructure.Data;

/// <summary>A partner system's key for the intake API. Only a hash is stored; the key itself is shown once.</summary>
public class ApiClientKey
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    public required string Prefix { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
