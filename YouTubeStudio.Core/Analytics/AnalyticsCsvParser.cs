using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// Reads analytics CSV files defensively: columns are found by name in any order (extra columns are
/// ignored), quoted fields, thousands separators, currency and percent signs and a BOM are accepted,
/// YouTube Studio's "Total" row is skipped. A row with any bad value is left out and reported with its line.
/// </summary>
public static partial class AnalyticsCsvParser
{
    private const int MaxErrors = 500;

    // YouTube began in 2005. A year outside these is a typo or a hostile file, and 9999-12-31 would overflow
    // the date arithmetic of the dashboard and the forecasts.
    private const int MinYear = 2005;
    private const int MaxYear = 2200;

    private static readonly Dictionary<string, string> Aliases = BuildAliases(new()
    {
        ["date"] = ["date", "day"],
        ["video_id"] = ["video_id", "content", "video id", "video"],
        ["title"] = ["title", "video title"],
        ["description"] = ["description", "video description"],
        ["tags"] = ["tags"],
        ["category_id"] = ["category_id", "category id", "category"],
        ["published_at"] = ["published_at", "video publish time", "publish time", "published"],
        ["duration_seconds"] = ["duration_seconds", "duration", "duration (seconds)"],
        ["views"] = ["views"],
        ["watch_minutes"] = ["watch_minutes", "watch time (minutes)", "watch_time_minutes"],
        ["watch_hours"] = ["watch time (hours)", "watch_hours", "watch_time_hours"],
        ["average_view_duration_seconds"] = ["average_view_duration_seconds", "average view duration", "average view duration (seconds)"],
        ["subscribers_gained"] = ["subscribers_gained", "subscribers gained"],
        ["subscribers_lost"] = ["subscribers_lost", "subscribers lost"],
        ["subscribers_net"] = ["subscribers", "subscribers_net", "net subscribers"],
        ["revenue"] = ["revenue", "revenue_usd", "estimated_revenue_usd", "estimated revenue (usd)", "your estimated revenue (usd)", "estimated revenue"],
        ["likes"] = ["likes"],
        ["comments"] = ["comments", "comments added"],
        ["shares"] = ["shares"],
        ["impressions"] = ["impressions"],
        ["impressions_ctr"] = ["impressions_ctr", "impressions click-through rate (%)", "impressions click-through rate"],
    });

    private static readonly string[] MetricKeys =
        ["views", "watch_minutes", "watch_hours", "average_view_duration_seconds", "subscribers_gained", "subscribers_lost", "subscribers_net", "revenue", "likes", "comments", "shares", "impressions", "impressions_ctr"];

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "MMM d, yyyy", "MMM dd, yyyy", "MMMM d, yyyy", "d MMM yyyy", "dd MMM yyyy"];

    /// <summary>Reads at most <paramref name="maxBytes"/> of <paramref name="content"/> and parses it.</summary>
    public static async Task<ParsedImport> ParseAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return ParsedImport.Failed(ImportFailure.TooLarge, $"The file is larger than the limit of {maxBytes / 1024.0 / 1024.0:0.#} MB.");
                }
                buffer.Write(chunk, 0, read);
            }
            bytes = buffer.ToArray();
        }
        catch (IOException ex)
        {
            return ParsedImport.Failed(ImportFailure.Empty, $"The file could not be read: {ex.Message}");
        }
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader);
    }

    /// <summary>Parses CSV text; never throws for bad input.</summary>
    public static ParsedImport Parse(TextReader reader)
    {
        try
        {
            return ParseCore(reader);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            return ParsedImport.Failed(ImportFailure.UnrecognizedFormat, $"The file is not a readable CSV file: {ex.Message}");
        }
    }

    private static ParsedImport ParseCore(TextReader reader)
    {
        var csv = new CsvRecordReader(reader);
        string[]? header = null;
        // Blank lines before the header are tolerated.
        while (csv.Read() is { } first)
        {
            if (first.Fields.All(string.IsNullOrWhiteSpace)) continue;
            header = first.Fields;
            break;
        }
        if (header is null)
        {
            return ParsedImport.Failed(ImportFailure.Empty, "The file is empty: expected a header line and at least one row.");
        }

        var columns = new Dictionary<string, (int Index, string Name)>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().Trim('\uFEFF').Trim();
            if (Aliases.TryGetValue(name.ToLowerInvariant(), out var key) && !columns.ContainsKey(key)) columns[key] = (i, name);
        }

        var format = Detect(columns, header);
        if (format == ImportFormat.Unknown)
        {
            return ParsedImport.Failed(ImportFailure.UnrecognizedFormat,
                $"Unrecognized file: the header needs a date column (daily series) or a video_id/Content column (video list). Found: {string.Join(", ", header.Take(12).Select(Cut))}.");
        }
        if (format is ImportFormat.ChannelDaily or ImportFormat.YouTubeChannelChart or ImportFormat.YouTubeVideoChart
            && !MetricKeys.Any(columns.ContainsKey))
        {
            return ParsedImport.Failed(ImportFailure.UnrecognizedFormat,
                "The file has dates but no metric column (views, watch_minutes, subscribers_gained, subscribers_lost, revenue...).", format);
        }

        var rows = new RowReader(columns);
        var channelDays = new List<ChannelDayInput>();
        var videoDays = new List<VideoDayInput>();
        var videos = new Dictionary<string, ChannelVideoInput>();
        var errors = new List<ImportRowError>();
        var seen = new Dictionary<string, int>();
        var rowCount = 0;
        var validRows = 0;
        var errorCount = 0;

        while (csv.Read() is { } next)
        {
            var (record, line) = next;
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            // YouTube Studio's table data starts with a "Total" row; it is not a video or a day.
            if (IsTotalRow(record, columns)) continue;
            rowCount++;
            rows.Begin(record, line);

            switch (format)
            {
                case ImportFormat.ChannelDaily or ImportFormat.YouTubeChannelChart:
                {
                    var day = rows.ChannelDay();
                    if (rows.Ok && day is not null && Unique(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date")) channelDays.Add(day);
                    break;
                }
                case ImportFormat.YouTubeVideoChart:
                {
                    var id = rows.VideoId();
                    var date = rows.RequiredDate("date");
                    var metrics = rows.ChannelDayMetrics(date ?? default);
                    var meta = rows.VideoMeta(id ?? "", includeLifetime: false);
                    if (rows.Ok && id is not null && date is { } d && metrics is not null
                        && Unique($"{id}|{d:yyyy-MM-dd}", "date"))
                    {
                        videoDays.Add(new VideoDayInput(id, d, metrics.Views, metrics.WatchMinutes, metrics.AverageViewDurationSeconds,
                            metrics.Likes, metrics.Comments, metrics.Shares, metrics.SubscribersGained, metrics.EstimatedRevenueUsd));
                        if (meta is not null && (meta.Title is not null || meta.PublishedAt is not null || meta.DurationSeconds is not null))
                            videos[id] = Merge(videos.GetValueOrDefault(id), meta);
                    }
                    break;
                }
                default:
                {
                    var id = rows.VideoId();
                    var meta = rows.VideoMeta(id ?? "", includeLifetime: true);
                    if (rows.Ok && id is not null && meta is not null && Unique(id, "video_id")) videos[id] = meta;
                    break;
                }
            }

            if (rows.Ok) validRows++;
            foreach (var error in rows.Errors)
            {
                if (errorCount++ < MaxErrors) errors.Add(error);
            }
        }

        if (errorCount > MaxErrors)
        {
            errors.Add(new ImportRowError(0, null, $"{errorCount - MaxErrors} more errors were not listed."));
        }
        if (rowCount == 0)
        {
            return ParsedImport.Failed(ImportFailure.Empty, "The file has a header but no rows.", format);
        }
        var parsed = new ParsedImport(format, rowCount, channelDays, videoDays, [.. videos.Values], errors) { ValidRowCount = validRows };
        if (channelDays.Count == 0 && videoDays.Count == 0 && videos.Count == 0)
        {
            return parsed with { Failure = ImportFailure.NoValidRows, Message = $"None of the {rowCount} rows is valid; see the errors." };
        }
        return parsed;

        bool Unique(string key, string column)
        {
            if (seen.TryGetValue(key, out var firstLine))
            {
                rows.Errors.Add(new ImportRowError(rows.Line, column, $"Duplicate of line {firstLine} ({key.Replace('|', ' ')})."));
                return false;
            }
            seen[key] = rows.Line;
            return true;
        }
    }

    private static ChannelVideoInput Merge(ChannelVideoInput? a, ChannelVideoInput b) =>
        a is null ? b : a with { Title = b.Title ?? a.Title, PublishedAt = b.PublishedAt ?? a.PublishedAt, DurationSeconds = b.DurationSeconds ?? a.DurationSeconds };

    private static ImportFormat Detect(Dictionary<string, (int Index, string Name)> columns, string[] header)
    {
        var hasDate = columns.ContainsKey("date");
        var hasVideo = columns.ContainsKey("video_id");
        var ours = header.Any(h => h.Contains('_', StringComparison.Ordinal));
        if (hasDate && hasVideo) return ImportFormat.YouTubeVideoChart;
        if (hasDate) return ours ? ImportFormat.ChannelDaily : ImportFormat.YouTubeChannelChart;
        if (hasVideo) return columns["video_id"].Name.Equals("video_id", StringComparison.OrdinalIgnoreCase) ? ImportFormat.VideoList : ImportFormat.YouTubeVideoTable;
        return ImportFormat.Unknown;
    }

    private static bool IsTotalRow(string[] record, Dictionary<string, (int Index, string Name)> columns)
    {
        foreach (var key in (string[])["video_id", "date"])
        {
            if (columns.TryGetValue(key, out var c) && c.Index < record.Length && record[c.Index].Trim().Equals("Total", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static Dictionary<string, string> BuildAliases(Dictionary<string, string[]> byKey)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, aliases) in byKey)
        {
            foreach (var alias in aliases) map[alias] = key;
        }
        return map;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex VideoIdPattern();

    /// <summary>Reads typed values from the current record, collecting errors instead of throwing.</summary>
    private sealed class RowReader(Dictionary<string, (int Index, string Name)> columns)
    {
        private string[] _record = [];

        public int Line { get; private set; }
        public List<ImportRowError> Errors { get; } = [];
        public bool Ok => Errors.Count == 0;

        public void Begin(string[] record, int line)
        {
            _record = record;
            Line = line;
            Errors.Clear();
        }

        private string? Raw(string key)
        {
            if (!columns.TryGetValue(key, out var c) || c.Index >= _record.Length) return null;
            var value = _record[c.Index].Trim();
            return value.Length == 0 ? null : value;
        }

        private string ColumnName(string key) => columns.TryGetValue(key, out var c) ? c.Name : key;

        private void Error(string key, string message) => Errors.Add(new ImportRowError(Line, ColumnName(key), message));

        public string? VideoId()
        {
            var raw = Raw("video_id");
            if (raw is null) { Error("video_id", "Missing video id."); return null; }
            if (!VideoIdPattern().IsMatch(raw)) { Error("video_id", $"'{Cut(raw)}' is not a YouTube video id (letters, digits, - and _, at most 32)."); return null; }
            return raw;
        }

        public DateOnly? RequiredDate(string key)
        {
            var raw = Raw(key);
            if (raw is null) { Error(key, "Missing date."); return null; }
            if (ParseDate(raw) is { } date) return date;
            Error(key, $"'{Cut(raw)}' is not a date from {MinYear} to {MaxYear} (expected yyyy-MM-dd).");
            return null;
        }

        public ChannelDayInput? ChannelDay()
        {
            var date = RequiredDate("date");
            var day = ChannelDayMetrics(date ?? default);
            return date is null ? null : day;
        }

        public ChannelDayInput? ChannelDayMetrics(DateOnly date)
        {
            var views = Count("views");
            var watchMinutes = Number("watch_minutes", allowNegative: false) is { } m ? (double)m
                : Number("watch_hours", allowNegative: false) is { } h ? Math.Round((double)h * 60, 6) : (double?)null;
            double? avd = null;
            if (Raw("average_view_duration_seconds") is { } avdRaw)
            {
                avd = ParseDuration(avdRaw);
                if (avd is null) Error("average_view_duration_seconds", $"'{Cut(avdRaw)}' is not a duration (seconds or h:mm:ss).");
            }
            var gained = Count("subscribers_gained");
            var lost = Count("subscribers_lost");
            if (gained is null && lost is null && Number("subscribers_net", allowNegative: true, whole: true) is { } net)
            {
                // Studio's "Subscribers" is gained minus lost; split it so the net stays exact.
                gained = net > 0 ? (long)net : 0;
                lost = net < 0 ? (long)-net : 0;
            }
            var revenue = Number("revenue", allowNegative: false);
            var ctr = Number("impressions_ctr", allowNegative: false) is { } c ? (double)c : (double?)null;
            return new ChannelDayInput(date, views, watchMinutes, avd, gained, lost, Count("likes"), Count("comments"), Count("shares"),
                revenue, Count("impressions"), ctr);
        }

        public ChannelVideoInput? VideoMeta(string id, bool includeLifetime)
        {
            var title = Raw("title");
            var description = Raw("description");
            var tags = Raw("tags") is { } t
                ? t.Split(['|', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList()
                : null;
            var category = Raw("category_id");
            if (category is { Length: > 8 }) { Error("category_id", "A category id has at most 8 characters."); category = null; }
            DateTimeOffset? published = null;
            if (Raw("published_at") is { } p)
            {
                published = ParseTimestamp(p);
                if (published is null) Error("published_at", $"'{Cut(p)}' is not a date or time from {MinYear} to {MaxYear} (expected ISO 8601, e.g. 2026-03-04T17:00:00Z).");
            }
            double? duration = null;
            if (Raw("duration_seconds") is { } d)
            {
                duration = ParseDuration(d);
                if (duration is null) Error("duration_seconds", $"'{Cut(d)}' is not a duration in seconds.");
            }
            long? views = null, likes = null, comments = null;
            if (includeLifetime)
            {
                views = Count("views");
                likes = Count("likes");
                comments = Count("comments");
            }
            return new ChannelVideoInput(id, title, description, tags, category, published, duration, views, likes, comments);
        }

        private long? Count(string key) => Number(key, allowNegative: false, whole: true) is { } n ? (long)n : null;

        private decimal? Number(string key, bool allowNegative, bool whole = false)
        {
            var raw = Raw(key);
            if (raw is null) return null;
            var cleaned = CleanNumber(raw);
            if (!decimal.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                Error(key, $"'{Cut(raw)}' is not a number.");
                return null;
            }
            if (value < 0 && !allowNegative) { Error(key, $"Negative value {Cut(raw)}; it must be 0 or more."); return null; }
            if (whole && value != decimal.Truncate(value)) { Error(key, $"'{Cut(raw)}' is not a whole number."); return null; }
            if (whole && Math.Abs(value) > long.MaxValue / 2) { Error(key, $"'{Cut(raw)}' is too large."); return null; }
            return value;
        }
    }

    private static string Cut(string s) => s.Length <= 40 ? s : s[..40] + "…";

    internal static string CleanNumber(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var ch in raw)
        {
            if (ch is ',' or '$' or '%' or '\'' or '_' || char.IsWhiteSpace(ch)) continue;
            sb.Append(ch == '\u2212' ? '-' : ch);
        }
        // Accounting negatives: (12.50)
        if (sb.Length > 2 && sb[0] == '(' && sb[^1] == ')') { sb[0] = '-'; sb.Length--; }
        return sb.ToString();
    }

    internal static DateOnly? ParseDate(string raw)
    {
        raw = raw.Trim();
        if (DateOnly.TryParseExact(raw, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return date.Year is >= MinYear and <= MaxYear ? date : null;
        }
        // A timestamp is accepted for a day: its UTC date.
        if (raw.Length > 10 && raw.Contains('T', StringComparison.Ordinal) && ParseTimestamp(raw) is { } ts) return DateOnly.FromDateTime(ts.UtcDateTime);
        return null;
    }

    internal static DateTimeOffset? ParseTimestamp(string raw)
    {
        raw = raw.Trim();
        if (ParseDateOnlyExact(raw) is { } date)
        {
            return date.Year is >= MinYear and <= MaxYear ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        }
        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var ts)
            && ts.Year is >= MinYear and <= MaxYear)
        {
            return ts.ToUniversalTime();
        }
        return null;
    }

    private static DateOnly? ParseDateOnlyExact(string raw) =>
        DateOnly.TryParseExact(raw, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;

    /// <summary>Seconds, <c>m:ss</c>, <c>h:mm:ss</c> or ISO 8601 (<c>PT4M13S</c>).</summary>
    internal static double? ParseDuration(string raw)
    {
        raw = raw.Trim();
        if (decimal.TryParse(CleanNumber(raw), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return seconds >= 0 ? (double)seconds : null;
        if (raw.Contains(':', StringComparison.Ordinal))
        {
            var parts = raw.Split(':');
            double total = 0;
            foreach (var part in parts)
            {
                // double.TryParse reads "NaN", "Infinity" and 1e400 (as infinity): none is a duration.
                if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || !double.IsFinite(p) || p < 0) return null;
                total = total * 60 + p;
            }
            return parts.Length is 2 or 3 && double.IsFinite(total) ? total : null;
        }
        if (raw.StartsWith('P'))
        {
            try { return System.Xml.XmlConvert.ToTimeSpan(raw).TotalSeconds; }
            catch (FormatException) { return null; }
        }
        return null;
    }
}
