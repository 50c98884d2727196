namespace YouTubeStudio.Core.Analytics;

/// <summary>What an upsert did (or, as a dry run, would do): rows inserted, rows changed, rows already equal, rows refused.</summary>
public sealed record UpsertCounts(int Inserted, int Updated, int Unchanged, int Skipped = 0)
{
    public static readonly UpsertCounts None = new(0, 0, 0);

    /// <summary>Rows written (inserted or updated).</summary>
    public int Written => Inserted + Updated;

    public static UpsertCounts operator +(UpsertCounts a, UpsertCounts b) =>
        new(a.Inserted + b.Inserted, a.Updated + b.Updated, a.Unchanged + b.Unchanged, a.Skipped + b.Skipped);
}
