using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Schakel.Web.Features;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Identity;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(args);

// `dotnet run` without launch settings still listens where the README says.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5000");
}

builder.Logging.AddSchakelRequestLogging();

var security = Schakel.Web.Infrastructure.Web.Settings.Read<SecurityOptions>(builder.Configuration, "Security");
builder.Services.AddSingleton(security);

builder.Services.AddSchakelDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSingleton(Schakel.Web.Infrastructure.Audit.AuditChainSettings.Load(builder.Configuration, builder.Environment));
builder.Services.AddSingleton<DatabaseState>();
builder.Services.AddSingleton<DatabaseStartup>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());

builder.Services.AddDataProtection().SetApplicationName("Schakel").PersistKeysToDbContext<SchakelDb>()
    .ProtectKeysFromConfiguration(builder.Configuration, builder.Environment.ContentRootPath, required: builder.Environment.IsProduction());

builder.Services
    .AddIdentity<SchakelUser, IdentityRole>(o =>
    {
        // NIST 800-63B: length over composition rules.
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = security.LockoutAttempts;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutMinutes);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    })
    .AddEntityFrameworkStores<SchakelDb>()
    .AddPasswordValidator<CommonPasswordValidator>()
    .AddDefaultTokenProviders()
    .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
    .AddSignInManager<SchakelSignInManager>()
    .AddClaimsPrincipalFactory<SchakelClaimsFactory>();
builder.Services.AddScoped<UserSessions>();

builder.Services.ConfigureApplicationCookie(o =>
{
    // In production the __Host- prefix makes the browser refuse the cookie unless it is Secure, for this host only and
    // for every path, so a sibling site on the same domain cannot set or read the sign-in.
    o.Cookie.Name = builder.Environment.IsProduction() ? "__Host-schakel" : "schakel";
    o.Cookie.Path = "/";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    // Production runs behind HTTPS only; local runs and tests use plain HTTP on loopback.
    o.Cookie.SecurePolicy = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
    o.ExpireTimeSpan = TimeSpan.FromMinutes(security.SessionIdleMinutes);
    o.SlidingExpiration = true;
    o.LoginPath = "/inloggen";
    o.LogoutPath = "/uitloggen";
    o.AccessDeniedPath = "/geen-toegang";
    o.Events.OnRedirectToLogin = ctx => RespondOrRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
    o.Events.OnRedirectToAccessDenied = ctx => RespondOrRedirect(ctx.HttpContext, null, StatusCodes.Status403Forbidden);
    o.Events.OnValidatePrincipal = UserSessions.ValidateAsync;
});
builder.Services.Configure<SecurityStampValidatorOptions>(o =>
{
    o.ValidationInterval = TimeSpan.FromSeconds(security.StampValidationSeconds);
    o.OnRefreshingPrincipal = TwoFactorEnforcement.KeepSecondFactor;
});

builder.Services.AddSingleton<FailedApiKeyThrottle>();
builder.Services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
builder.Services.AddAuthorization(o =>
{
    Policies.Register(o);
    // Every page needs a signed-in user unless it says otherwise; a new page cannot be public by accident.
    o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
});
builder.Services.AddRecordAuthorization();

builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.Name = builder.Environment.IsProduction() ? "__Host-schakel-af" : "schakel-af";
    o.Cookie.SecurePolicy = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true);
builder.Services.AddHealthChecks().AddDbContextCheck<SchakelDb>("database", tags: ["ready"]);
builder.Services.AddSchakelFeatures(builder.Configuration);
var behindProxy = builder.Services.AddSchakelProxyTrust(builder.Configuration);
builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
// Without a port the redirect middleware only logs a warning and plain HTTP reaches pages that need a secure cookie.
builder.Services.AddHttpsRedirection(o => o.HttpsPort = builder.Configuration.GetValue<int?>("HTTPS_PORT") ?? 443);

var app = builder.Build();

if (behindProxy)
{
    app.UseForwardedHeaders();
}
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
if (app.Environment.IsProduction())
{
    // Load-balancer probes ask over plain HTTP inside the network; everything else moves to HTTPS.
    app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection());
}
app.UseSchakelRequestLogging();
app.UseSchakelSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/fout/{0}");
app.UseExceptionHandler("/fout/500");
app.UseStaticFiles();
app.UseDatabaseAvailabilityGate();
app.UseRouting();
app.UseFailedApiKeyThrottle();
app.UseAuthentication();
// After authentication: the figures limit counts per signed-in user.
app.UseRateLimiter();
app.UseTwoFactorEnforcement();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
app.MapRazorPages();
app.MapSchakelApi();

await app.Services.GetRequiredService<DatabaseStartup>().TryInitialiseAsync(app.Lifetime.ApplicationStopping);
app.Run();

static Task RespondOrRedirect(HttpContext context, string? redirect, int status)
{
    if (redirect is null || context.Request.Path.StartsWithSegments("/api"))
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
    context.Response.Redirect(redirect);
    return Task.CompletedTask;
}

public partial class Program;
