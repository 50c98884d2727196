namespace YouTubeStudio.Core.Insights;

/// <summary>A daily series on a continuous calendar from <see cref="Start"/>; <see cref="Imputed"/> marks days that were filled in.</summary>
public sealed record RegularSeries(DateOnly Start, double[] Values, bool[] Imputed)
{
    public int Length => Values.Length;

    public DateOnly End => Start.AddDays(Values.Length - 1);

    public int ImputedCount => Imputed.Count(i => i);
}
