using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>What the chain director sets for a table: its name, region, chair, secretary and rhythm.</summary>
public sealed class TableInput
{
    public string? Name { get; set; }
    public int? RegionId { get; set; }
    public string? ChairUserId { get; set; }
    public string? SecretaryUserId { get; set; }
    public int? MeetingIntervalDays { get; set; } = DefaultIntervalDays;
    public int Version { get; set; }

    /// <summary>The usual rhythm of a regional table: every two weeks unless the region chooses otherwise.</summary>
    public const int DefaultIntervalDays = 14;
    public const int MinIntervalDays = 7;
    public const int MaxIntervalDays = 56;

    public static TableInput From(RegionalTable t) => new()
    {
        Name = t.Name, RegionId = t.RegionId, ChairUserId = t.ChairUserId, SecretaryUserId = t.SecretaryUserId,
        MeetingIntervalDays = t.MeetingIntervalDays, Version = t.Version,
    };

    public void ApplyTo(RegionalTable t)
    {
        t.Name = Name!.Trim();
        t.RegionId = RegionId!.Value;
        t.ChairUserId = ChairUserId;
        t.SecretaryUserId = string.IsNullOrEmpty(SecretaryUserId) ? null : SecretaryUserId;
        t.MeetingIntervalDays = MeetingIntervalDays!.Value;
    }
}

public sealed record Candidate(string Id, string Name, string Organisation);

public sealed record OrganisationOption(int Id, string Name, int RegionId);

public sealed record RegionOption(int Id, string Name);

/// <summary>Who and what can take a seat: active people in a table role, and the organisations.</summary>
public sealed record TableRoster(IReadOnlyList<Candidate> People, IReadOnlyList<OrganisationOption> Organisations, IReadOnlyList<RegionOption> Regions)
{
    public static async Task<TableRoster> LoadAsync(SchakelDb db, CancellationToken ct)
    {
        var roles = PolicyRoles.TableSeat;
        var people = await (from u in db.Users
                            join ur in db.UserRoles on u.Id equals ur.UserId
                            join r in db.Roles on ur.RoleId equals r.Id
                            where u.Active && roles.Contains(r.Name!)
                            select new { u.Id, u.DisplayName, Org = u.Organisation!.Name }).Distinct().ToListAsync(ct);
        var organisations = await db.Organisations.Where(o => o.Active).OrderBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.RegionId)).ToListAsync(ct);
        var regions = await db.Regions.OrderBy(r => r.Name).Select(r => new RegionOption(r.Id, r.Name)).ToListAsync(ct);
        return new TableRoster(people.Select(p => new Candidate(p.Id, p.DisplayName, p.Org)).OrderBy(p => p.Name).ToList(), organisations, regions);
    }

    public string PersonName(string? id) => People.FirstOrDefault(p => p.Id == id) is { } p ? $"{p.Name} ({p.Organisation})" : "onbekend";

    public string OrganisationName(int? id) => Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? "onbekend";
}

/// <summary>Checks table settings before they are stored; messages are Dutch and name the field.</summary>
public static class TableSettingsValidator
{
    public static Dictionary<string, string> Validate(TableInput input, TableRoster roster, IEnumerable<string> otherNamesInRegion)
    {
        var errors = new Dictionary<string, string>();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["Input.Name"] = "Geef de tafel een naam, bijvoorbeeld 'Weeg- en monitortafel IJsselland'.";
        }
        else if (name.Length > 200)
        {
            errors["Input.Name"] = "De naam is te lang (maximaal 200 tekens).";
        }
        else if (otherNamesInRegion.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors["Input.Name"] = "Deze regio heeft al een tafel met deze naam. Kies een andere naam.";
        }
        if (input.RegionId is null || roster.Regions.All(r => r.Id != input.RegionId))
        {
            errors["Input.RegionId"] = "Kies de regio van de tafel.";
        }
        if (string.IsNullOrEmpty(input.ChairUserId))
        {
            errors["Input.ChairUserId"] = "Kies de voorzitter van de tafel.";
        }
        else if (roster.People.All(p => p.Id != input.ChairUserId))
        {
            errors["Input.ChairUserId"] = "De voorzitter moet een actieve gebruiker met een rol aan de tafel zijn.";
        }
        if (!string.IsNullOrEmpty(input.SecretaryUserId))
        {
            if (roster.People.All(p => p.Id != input.SecretaryUserId))
            {
                errors["Input.SecretaryUserId"] = "De secretaris moet een actieve gebruiker met een rol aan de tafel zijn.";
            }
            else if (input.SecretaryUserId == input.ChairUserId)
            {
                errors["Input.SecretaryUserId"] = "Voorzitter en secretaris zijn twee verschillende mensen.";
            }
        }
        if (input.MeetingIntervalDays is not { } days || days < TableInput.MinIntervalDays || days > TableInput.MaxIntervalDays)
        {
            errors["Input.MeetingIntervalDays"] = $"Geef het aantal dagen tussen twee vergaderingen: van {TableInput.MinIntervalDays} tot {TableInput.MaxIntervalDays} (standaard {TableInput.DefaultIntervalDays}, eens per twee weken).";
        }
        return errors;
    }
}

public sealed record TableFieldsView(TableInput Input, TableRoster Roster);
