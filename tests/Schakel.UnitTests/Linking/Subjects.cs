using Schakel.Core.Linking;

namespace Schakel.UnitTests.Linking;

internal static class Subjects
{
    public static SubjectRecord Of(
        string id, string? name = null, string? dob = null, string? phone = null, string? email = null,
        string? street = null, string? number = null, string? postcode = null, string? city = null,
        string? plate = null, string? handle = null, string? role = null) =>
        new(id, null, name, dob, phone, email, street, number, postcode, city, plate, handle, role);

    public static double Score(SubjectRecord a, SubjectRecord b) =>
        DefaultModel.Instance.Score(FeatureExtractor.Extract(a, null), FeatureExtractor.Extract(b, null)).Score;

    public static LinkKind Kind(SubjectRecord a, SubjectRecord b) =>
        DefaultModel.Instance.Score(FeatureExtractor.Extract(a, null), FeatureExtractor.Extract(b, null)).Kind;

    public static IReadOnlyList<string> Reasons(SubjectRecord a, SubjectRecord b) =>
        MatchReasons.ToTokens(DefaultModel.Instance.Score(FeatureExtractor.Extract(a, null), FeatureExtractor.Extract(b, null)).Reasons);
}
