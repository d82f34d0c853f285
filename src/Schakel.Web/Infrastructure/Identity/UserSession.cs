namespace Schakel.Web.Infrastructure.Identity;

/// <summary>
/// One sign-in. The cookie names it; every request checks it here, so signing out (or a password change) ends the
/// session on every instance at once, and a copied cookie is worthless afterwards.
/// </summary>
public sealed class UserSession
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
