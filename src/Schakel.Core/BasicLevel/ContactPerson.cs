using Schakel.Core.Organisations;

namespace Schakel.Core.BasicLevel;

public enum ContactRole
{
    /// <summary>Attention officer at policy level (OOV and social domain).</summary>
    AttentionOfficerPolicy = 1,
    /// <summary>Attention officer at operational level (area team).</summary>
    AttentionOfficerOperational = 2,
    /// <summary>The municipality's general point of contact (desk, 14 0xx number, mailbox).</summary>
    General = 3,
    /// <summary>A partner the municipality works with on this topic.</summary>
    Partner = 4,
}

/// <summary>An entry in the register of who to call per municipality; the public page shows only what may be public.</summary>
public class ContactPerson
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Organisation? Municipality { get; set; }
    public ContactRole Role { get; set; }
    public required string Name { get; set; }
    public string? Function { get; set; }
    /// <summary>For a partner: the organisation it belongs to.</summary>
    public string? PartnerOrganisation { get; set; }
    public int? HoursPerWeek { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>A personal phone number appears on the public page only when the person chose so.</summary>
    public bool PublishPhone { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }

    public bool IsAttentionOfficer => Role is ContactRole.AttentionOfficerPolicy or ContactRole.AttentionOfficerOperational;

    /// <summary>The general number is the municipality's, not a person's, so it is always public.</summary>
    public string? PublicPhone => Role == ContactRole.General || PublishPhone ? Phone : null;

    /// <summary>Only the general mailbox is public; a person's e-mail stays in the internal register.</summary>
    public string? PublicEmail => Role == ContactRole.General ? Email : null;
}
