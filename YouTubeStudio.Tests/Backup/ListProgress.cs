namespace YouTubeStudio.Tests.Backup;

/// <summary>Collects progress reports synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class ListProgress : IProgress<double>
{
    private readonly List<double> _values = [];

    public IReadOnlyList<double> Values
    {
        get
        {
            lock (_values) return [.. _values];
        }
    }

    public void Report(double value)
    {
        lock (_values) _values.Add(value);
    }
}
