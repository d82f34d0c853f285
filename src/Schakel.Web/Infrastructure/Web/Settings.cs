using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Schakel.Web.Infrastructure.Web;

/// <summary>
/// The one way to read an appsettings section: bound, checked against its data annotations, and refused with a Dutch
/// message naming the setting, so a wrong value stops the application at start instead of misbehaving later.
/// </summary>
public static class Settings
{
    /// <summary>The Dutch wording for a number outside its range; {1} and {2} are the bounds.</summary>
    public const string RangeMessage = "kies een geheel getal van {1} tot en met {2}.";

    /// <summary>Registers the section's settings as a singleton of <typeparamref name="T"/>, checked when the host starts.</summary>
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new Check<T>(section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services;
    }

    /// <summary>For settings needed while services are still being registered (database provider, sign-in cookie).</summary>
    public static T Read<T>(IConfiguration configuration, string section) where T : class, new()
    {
        var value = configuration.GetSection(section).Get<T>() ?? new T();
        var errors = Errors(section, value);
        return errors.Count == 0 ? value : throw new OptionsValidationException(section, typeof(T), errors);
    }

    private static List<string> Errors(string section, object value)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        return results
            .Select(r => $"Instelling {section}:{string.Join(", ", r.MemberNames.DefaultIfEmpty("?"))} is ongeldig: {r.ErrorMessage}")
            .ToList();
    }

    private sealed class Check<T>(string section) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var errors = Errors(section, options);
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
