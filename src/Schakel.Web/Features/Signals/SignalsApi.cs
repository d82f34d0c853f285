using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Infrastructure.Web;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Signals;

/// <summary>Intake from partner systems (melder apps, partner registration systems): authenticated by organisation key, idempotent by clientId.</summary>
public static class SignalsApi
{
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true, Converters = { new TextInput.JsonConverter() } };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/signals", PostAsync)
            .RequireAuthorization(Policies.ApiIntake)
            .RequireRateLimiting(RateLimits.Api)
            .WithTags("Meldingen")
            .WithName("PostSignal")
            .WithSummary("Een melding of adviesvraag aanleveren")
            .WithDescription("Header X-Api-Key is verplicht. 201 met het kenmerk bij een nieuwe melding, 200 met hetzelfde kenmerk bij een herhaald verzoek met dezelfde clientId. Fouten als RFC 7807 problem details.")
            .Accepts<SignalApiRequest>("application/json")
            .Produces<SignalApiResponse>(StatusCodes.Status201Created)
            .Produces<SignalApiResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<IResult> PostAsync(HttpContext http, SchakelDb db, SignalIntake intake, TimeProvider clock, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }
        byte[]? body;
        try
        {
            body = await ReadBoundedAsync(http.Request.Body, MaxBodyBytes, ct);
        }
        catch (BadHttpRequestException)
        {
            // The client sent less than it announced or went away mid-body: nothing was stored, and it is not a server fault.
            return Problem(StatusCodes.Status400BadRequest, "Onvolledige melding", "De body kwam niet volledig aan; er is niets opgeslagen. Stuur de melding opnieuw met dezelfde clientId.");
        }
        if (body is null)
        {
            return TooLarge();
        }
        SignalApiRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<SignalApiRequest>(body, Json);
        }
        catch (TextInput.RefusedException ex)
        {
            return Problem(StatusCodes.Status400BadRequest, "Ongeldige tekens", $"{ex.Message} ({Position(ex)})");
        }
        catch (JsonException ex)
        {
            return Problem(StatusCodes.Status400BadRequest, "Ongeldige JSON", $"De body is geen geldige JSON voor een melding ({Position(ex)}).");
        }
        if (request is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Lege melding", "De body bevat geen melding.");
        }
        var orgId = int.Parse(http.User.FindFirst(ApiKeyAuthentication.OrganisationClaim)!.Value, CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(request.ClientId) || request.ClientId.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["clientId"] = ["Geef een clientId van 1 tot 100 tekens mee, zodat een herhaald verzoek geen dubbele melding maakt."] },
                title: "De melding is niet volledig of niet juist");
        }

        var refs = await ReferenceSnapshot.LoadAsync(db, ct);
        var (draft, mappingErrors) = ToDraft(request, refs);
        var errors = SignalValidator.Validate(draft, refs, DutchTime.Today(clock));
        foreach (var (key, message) in mappingErrors)
        {
            errors.TryAdd(key, message);
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => ApiField(e.Key), e => new[] { e.Value }), title: "De melding is niet volledig of niet juist");
        }

        var result = await intake.CreateAsync(draft, new IntakeSource(IntakeChannel.Api, http.User.Identity?.Name ?? "koppeling",
            MelderOrganisationId: orgId, ClientId: request.ClientId.Trim(), ClientOrganisationId: orgId), ct);
        var response = new SignalApiResponse(result.Signal.Reference, result.Signal.Status.ToString(), result.Signal.IsAcute)
        {
            StatusText = SignalStage.Describe(result.Signal.Status, result.Signal.CaseId, null),
        };
        return result.Created
            ? TypedResults.Created($"/meldingen/{result.Signal.Reference}", response)
            : TypedResults.Ok(response);
    }

    internal static (SignalDraft Draft, Dictionary<string, string> Errors) ToDraft(SignalApiRequest r, ReferenceSnapshot refs)
    {
        var errors = new Dictionary<string, string>();
        int? Municipality(string? name, string field)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return null;
            }
            var match = refs.Municipalities.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                errors.TryAdd(field, $"Gemeente '{name}' is onbekend. Zie /api/v1/reference/municipalities.");
            }
            return match?.Id;
        }

        var kind = r.Kind?.Trim().ToLowerInvariant() switch
        {
            null or "" or "report" or "melding" => SignalKind.Report,
            "advice" or "adviesvraag" => SignalKind.AdviceQuestion,
            _ => (SignalKind)0,
        };
        if (kind == 0)
        {
            errors["kind"] = "Kind moet 'report' of 'advice' zijn.";
            kind = SignalKind.Report;
        }
        AcuteActor? acuteBy = r.Acute?.By?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "police" or "politie" => AcuteActor.PoliceOrProsecution,
            "mayor" or "burgemeester" => AcuteActor.Mayor,
            "carecoordinator" or "zorgcoordinator" => AcuteActor.CareCoordinator,
            _ => (AcuteActor)0,
        };
        if (acuteBy == 0)
        {
            errors["acute.by"] = "Acute.by moet 'police', 'mayor' of 'careCoordinator' zijn.";
            acuteBy = null;
        }

        var subjects = new List<SubjectDraft>();
        for (var i = 0; i < (r.Subjects?.Count ?? 0); i++)
        {
            var s = r.Subjects![i];
            var role = s.Role?.Trim().ToLowerInvariant() switch
            {
                null or "" or "victim" => SubjectRole.PossibleVictim,
                "perpetrator" => SubjectRole.PossiblePerpetrator,
                "other" => SubjectRole.Other,
                _ => (SubjectRole)0,
            };
            if (role == 0)
            {
                errors[$"subjects[{i}].role"] = "Role moet 'victim', 'perpetrator' of 'other' zijn.";
                role = SubjectRole.Other;
            }
            subjects.Add(s.ToDraft(role, field => Municipality(field.Name, $"subjects[{i}].{field.Key}")));
        }
        var draft = new SignalDraft
        {
            Kind = kind,
            MelderTypeCode = r.MelderType?.Trim().ToUpperInvariant(),
            MelderName = r.MelderName,
            MelderContact = r.MelderContact,
            ObservedOn = r.ObservedOn,
            MunicipalityId = Municipality(r.Municipality, "municipality"),
            FormCodes = r.Forms?.Select(f => f.Trim().ToUpperInvariant()).ToList() ?? [],
            SectorCode = r.Sector?.Trim().ToUpperInvariant(),
            IndicatorCodes = r.Indicators?.Select(f => f.Trim().ToUpperInvariant()).ToList() ?? [],
            Description = r.Description,
            IsAcute = r.Acute is not null,
            AcuteBy = acuteBy,
            AcuteIntervention = r.Acute?.Intervention,
            Subjects = subjects,
        };
        return (draft, errors);
    }

    private static string LowerAfterDot(string rest)
    {
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || dot + 1 >= rest.Length ? rest : rest[..(dot + 1)] + char.ToLowerInvariant(rest[dot + 1]) + rest[(dot + 2)..];
    }


    /// <summary>Maps the form's field paths to the JSON names partner systems sent.</summary>
    private static string ApiField(string key) => key switch
    {
        nameof(SignalDraft.MelderTypeCode) => "melderType",
        nameof(SignalDraft.FormCodes) => "forms",
        nameof(SignalDraft.SectorCode) => "sector",
        nameof(SignalDraft.IndicatorCodes) => "indicators",
        nameof(SignalDraft.MunicipalityId) => "municipality",
        nameof(SignalDraft.AcuteBy) => "acute.by",
        nameof(SignalDraft.AcuteIntervention) => "acute.intervention",
        nameof(SignalDraft.IsAcute) => "acute",
        _ when key.StartsWith("Subjects[", StringComparison.Ordinal) => "subjects" + LowerAfterDot(key["Subjects".Length..]),
        _ => char.ToLowerInvariant(key[0]) + key[1..],
    };

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Position(JsonException ex) =>
        ex.LineNumber is { } line ? $"regel {line + 1}, positie {ex.BytePositionInLine + 1}" : "onbekende positie";

    private static ProblemHttpResult TooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Melding te groot", $"De body is groter dan {MaxBodyBytes / 1024} kB. Stuur minder tekst of minder personen per melding.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
