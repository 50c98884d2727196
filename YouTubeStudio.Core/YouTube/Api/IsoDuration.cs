using System.Globalization;
using System.Text.RegularExpressions;

namespace YouTubeStudio.Core.YouTube.Api;

/// <summary>ISO 8601 durations as YouTube writes them: <c>PT21M7S</c>, <c>PT1H2M</c>, <c>P1DT2H</c>, <c>P0D</c> (live), <c>P1W</c>.</summary>
internal static partial class IsoDuration
{
    [GeneratedRegex(@"^P(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Whole seconds (fractions rounded down); 0 for null or empty. Throws <see cref="FormatException"/> on anything else.</summary>
    public static int ToSeconds(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        var match = Pattern().Match(value);
        if (!match.Success || value is "P" or "PT" || value.EndsWith('T'))
        {
            throw new FormatException($"'{value}' is not an ISO 8601 duration.");
        }

        long Part(string name) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups["s"].Success ? (long)double.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var total = Part("w") * 7 * 86400 + Part("d") * 86400 + Part("h") * 3600 + Part("m") * 60 + seconds;
        return (int)Math.Min(total, int.MaxValue);
    }
}
