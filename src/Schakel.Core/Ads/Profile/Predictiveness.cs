using System.Text.Json.Serialization;

namespace Schakel.Core.Ads;

/// <summary>
/// What research says about an indicator, so nobody mistakes a practice habit for evidence. Written in
/// profile JSON as "true", "false" or "unverified".
/// </summary>
public enum Predictiveness
{
    /// <summary>Research found the indicator associated with trafficking.</summary>
    [JsonStringEnumMemberName("true")]
    Yes,

    /// <summary>Research found no association, or a negative one; kept only for transparency.</summary>
    [JsonStringEnumMemberName("false")]
    No,

    /// <summary>Used in practice but not tested; weight is a judgement call.</summary>
    [JsonStringEnumMemberName("unverified")]
    Unverified,
}
