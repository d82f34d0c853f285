namespace Schakel.Web.Features.Import;

public static class ImportRunnerRegistration
{
    /// <summary>The import pages' upload store and the background runner that imports what they started.</summary>
    public static IServiceCollection AddImportRunner(this IServiceCollection services)
    {
        services.AddScoped<ImportUploads>();
        services.AddSingleton<ImportRunnerSignal>();
        services.AddHostedService<ImportRunner>();
        return services;
    }
}
