using Microsoft.AspNetCore.Authorization;
using Schakel.Core.Accounts;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>Named authorization policies. Record-level need-to-know is decided by <see cref="AccessPolicy"/>.</summary>
public static class Policies
{
    public const string Administration = nameof(Administration);
    public const string FileSignals = nameof(FileSignals);
    public const string SignalQueue = nameof(SignalQueue);
    public const string RegionalOverview = nameof(RegionalOverview);
    public const string Aggregates = nameof(Aggregates);
    public const string ApiIntake = nameof(ApiIntake);
    public const string Privacy = nameof(Privacy);
    public const string TableAdministration = nameof(TableAdministration);
    public const string CoMenshaExport = nameof(CoMenshaExport);

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(FileSignals, p => p.RequireRole(
            Roles.Reporter, Roles.AttentionOfficer, Roles.ChainDirector, Roles.ProcessDirector, Roles.CareCoordinator,
            Roles.Police, Roles.Riec, Roles.UnderminingAdvisor));
        options.AddPolicy(SignalQueue, p => p.RequireRole(Roles.AttentionOfficer, Roles.ChainDirector));
        options.AddPolicy(RegionalOverview, p => p.RequireRole(Roles.ChainDirector));
        options.AddPolicy(Aggregates, p => p.RequireRole(Roles.PolicyMaker, Roles.ChainDirector, Roles.AttentionOfficer, Roles.ProcessDirector, Roles.Administrator));
        options.AddPolicy(Privacy, p => p.RequireRole(Roles.PrivacyOfficer));
        // Setting up a table (who sits at it, who chairs it) is chain direction or application management, not a seat.
        options.AddPolicy(TableAdministration, p => p.RequireRole(Roles.ChainDirector, Roles.Administrator));
        options.AddPolicy(CoMenshaExport, p => p.RequireAssertion(c => AccessPolicy.MayExportCoMensha(c.User)));
        options.AddPolicy(ApiIntake, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.OrganisationClaim));
    }
}
