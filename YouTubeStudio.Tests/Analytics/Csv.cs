using System.Text;

namespace YouTubeStudio.Tests.Analytics;

/// <summary>Sample files as the tests write them: UTF-8, optionally with the BOM YouTube Studio puts first.</summary>
internal static class Csv
{
    public static MemoryStream Stream(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return new MemoryStream(bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
    }
}
