using Schakel.Web.Features.BasicLevel;
using Schakel.Web.Features.Dashboard;
using Schakel.Web.Features.Demo;
using Schakel.Web.Features.Linking;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Features.Notifications.Mail;
using Schakel.Web.Features.Privacy;
using Schakel.Web.Features.Reference;
using Schakel.Web.Features.Signals;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Telemetry;
using Schakel.Web.Infrastructure.Web;

namespace Schakel.Web.Features;

public static class FeatureRegistration
{
    public static IServiceCollection AddSchakelFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSettings<SignalCheckOptions>(configuration, "SignalCheck");
        services.AddSettings<DemoOptions>(configuration, "Demo");
        services.AddSettings<BootstrapOptions>(configuration, "Bootstrap");
        services.AddSchakelMail(configuration);
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditLog>();
        services.AddHostedService<AuditCheckpointScheduler>();
        services.AddScoped<Admin.RoleRequests.RoleRequestService>();
        services.AddScoped<Notifier>();
        services.AddScoped<LinkProbeGuard>();
        services.AddSettings<RetentionOptions>(configuration, "Retention");
        services.AddScoped<RetentionJob>();
        services.AddScoped<CaseRetention>();
        services.AddHostedService<RetentionScheduler>();
        services.AddScoped<SignalIntake>();
        services.AddScoped<Import.ImportEngine>();
        services.AddScoped<ISignalIntake>(sp => sp.GetRequiredService<SignalIntake>());
        // Loaded and checked here, at start, so a broken regional tree stops the application with its problems listed.
        services.AddSingleton(Care.ShelterTreeSource.Load(configuration));
        services.AddScoped<AccessGuard>();
        services.AddScoped<SignalStages>();
        services.AddScoped<Care.CareFileAccess>();
        services.AddScoped<SignalWorkflow>();
        SignalFeedback.Register(services);
        Consultations.ConsultationNotices.Register(services);
        Undermining.UnderminingNotifications.Register(services);
        Signals.Triage.TriageNotifications.Register(services);
        services.AddScoped<TableDirectory>();
        services.AddScoped<MeetingReader>();
        services.AddScoped<AgendaBuilder>();
        services.AddScoped<DecisionRecorder>();
        services.AddMeetingRhythm(configuration);
        services.AddScoped<StateOfAffairs>();
        services.AddScoped<IStartupSeeder, ReferenceSeeder>();
        services.AddScoped<IStartupSeeder, BasicLevelSeeder>();
        services.AddScoped<IStartupSeeder, BootstrapSeeder>();
        services.AddScoped<IStartupSeeder, DemoSeeder>();
        services.AddScoped<IStartupSeeder, SubjectKeySeeder>();
        services.AddSettings<LinkingOptions>(configuration, "Linking");
        services.AddScoped<LinkDecisions>();
        services.AddScoped<Linking.Models.ModelEstimation>();
        services.AddHostedService<Linking.Models.ModelScheduler>();
        services.AddScoped<FigureQueries>();
        services.AddScoped<AdScreening>();
        services.AddScoped<Ads.AdReviews>();
        services.AddScoped<INetworkAds, Ads.NetworkAds>();
        services.AddScoped<IStartupSeeder, DemoAds>();
        services.AddScoped<CoMenshaExport>();
        Import.ImportRunnerRegistration.AddImportRunner(services);
        services.AddScoped<AnnualReportQueries>();
        services.AddSingleton<FigureCache>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor, Dashboard.Aggregates.FigureDirtyMarksInterceptor>();
        services.AddHybridCache();
        services.AddSingleton<ReferenceSnapshotCache>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor, ReferenceChangeInterceptor>();
        services.AddFigureDisclosure();
        services.AddHostedService<Dashboard.Aggregates.FigureRefresher>();
        services.AddSchakelRateLimits();
        services.AddSchakelTelemetry(configuration);
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            DutchBindingMessages.Apply(o.ModelBindingMessageProvider);
            o.Filters.Add<InvalidInputStatus>();
            o.ModelBinderProviders.Insert(0, new TextInput.BinderProvider());
        });
        return services;
    }

    public static WebApplication MapSchakelApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        ReferenceApi.Map(api);
        SignalsApi.Map(api);
        FiguresApi.Map(api);
        DashboardEndpoints.Map(app);
        return app;
    }
}
