namespace Schakel.Core.Linking;

/// <summary>The fields a pair is compared on; each has its own agreement levels (<see cref="MatchLevel"/>).</summary>
public enum ComparisonField
{
    Name,
    DateOfBirth,
    Address,
    Phone,
    Email,
    Handle,
    Plate,
}

/// <summary>Stable tokens for fields and levels, used in model files, reports and explanations.</summary>
public static class ComparisonFields
{
    public static readonly ComparisonField[] All = Enum.GetValues<ComparisonField>();

    public const int Count = 7;

    public static int LevelCount(ComparisonField field) => field switch
    {
        ComparisonField.Name => 9,
        ComparisonField.DateOfBirth => 7,
        ComparisonField.Address => 8,
        ComparisonField.Phone => 4,
        _ => 3,
    };

    public static string Token(ComparisonField field) => field switch
    {
        ComparisonField.Name => "name",
        ComparisonField.DateOfBirth => "date_of_birth",
        ComparisonField.Address => "address",
        ComparisonField.Phone => "phone",
        ComparisonField.Email => "email",
        ComparisonField.Handle => "handle",
        _ => "license_plate",
    };

    /// <summary>Snake-case token of a level, e.g. <c>one_edit</c>.</summary>
    public static string LevelToken(ComparisonField field, int level)
    {
        var name = field switch
        {
            ComparisonField.Name => ((NameLevel)level).ToString(),
            ComparisonField.DateOfBirth => ((DateLevel)level).ToString(),
            ComparisonField.Address => ((AddressLevel)level).ToString(),
            ComparisonField.Phone => ((PhoneLevel)level).ToString(),
            _ => ((ExactLevel)level).ToString(),
        };
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
