using Microsoft.AspNetCore.Authorization;

namespace Schakel.Web.Infrastructure.Security;

public static class RecordAuthorizationRegistration
{
    /// <summary>The record handlers; scoped because the meeting handler reads the database.</summary>
    public static IServiceCollection AddRecordAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, SignalAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, CaseAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, CareFileAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, BasicLevelAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, ActionPointAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, TableAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, MeetingAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, TableAdministrationHandler>();
        services.AddScoped<IAuthorizationHandler, ConsultationAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, UnderminingReferralHandler>();
        services.AddScoped<IAuthorizationHandler, TriageAuthorizationHandler>();
        return services;
    }
}
