using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Sdk;
using YouTubeStudio.Core.Analytics;

namespace YouTubeStudio.Tests.Analytics;

/// <summary>
/// Seeded fuzzing of <see cref="AnalyticsCsvParser"/>: hundreds of hostile files (random bytes, mutated exports,
/// extreme numbers, dates and shapes) must each come back as a consistent <see cref="ParsedImport"/> with sane
/// values, without an exception and within a generous time. The seeds are fixed, so a failure names an input that
/// fails again on the next run.
/// </summary>
public sealed partial class AnalyticsCsvFuzzTests
{
    private const long MaxBytes = 5 * 1024 * 1024;

    // Far above what any input here needs (milliseconds); only a quadratic or endless loop reaches it.
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(20);

    private static readonly string[] SeedFiles =
    [
        // Our channel-daily format, every metric column.
        """
        date,views,watch_minutes,average_view_duration_seconds,subscribers_gained,subscribers_lost,revenue,likes,comments,shares,impressions,impressions_ctr
        2026-11-01,"1,200",300.5,65,12,2,4.25,10,3,1,5000,4.2
        2026-11-02,900,210,1:05,8,1,$3.10,7,2,0,"4,100",3.9%
        2026-11-03,1100,250.25,0:01:10,9,0,(0.50),9,1,2,4800,4
        2026-11-04,1300,320,PT1M2S,15,3,5,12,4,1,5200,4.5
        """,
        // YouTube Studio table data: BOM, a Total row, quoted titles.
        "\uFEFF" + """
        Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Estimated revenue (USD),Impressions,Impressions click-through rate (%)
        Total,,,,"15,430",812.4,95,41.20,"210,000",5.1
        dQw4w9WgXcQ,"How GPUs Work, Explained","Mar 4, 2026",613,"12,000",700.1,80,35.10,"150,000",6.2
        a1B2c3D4e5F,"The ""Truth"" About SSDs","Feb 1, 2026",45,"3,430",112.3,-5,6.10,"60,000",3.9
        """,
        // YouTube Studio chart data per video and day.
        """
        Date,Content,Video title,Video publish time,Duration,Views,Watch time (hours),Average view duration,Subscribers,Estimated revenue (USD)
        2026-03-04,dQw4w9WgXcQ,"How GPUs Work, Explained","Mar 4, 2026",613,120,7.5,0:03:45,3,1.20
        2026-03-05,dQw4w9WgXcQ,"How GPUs Work, Explained","Mar 4, 2026",613,95,5.1,0:03:13,-1,0.90
        2026-03-05,a1B2c3D4e5F,"The ""Truth"" About SSDs","Feb 1, 2026",45,30,0.4,0:00:48,0,0.05
        """,
        // Our video-list format.
        """
        video_id,title,description,tags,category_id,published_at,duration_seconds,views,likes,comments
        dQw4w9WgXcQ,How GPUs Work,"Line one
        line two",gpu|hardware;explainer,28,2026-03-04T17:00:00Z,613,12000,800,51
        a1B2c3D4e5F,SSDs,,ssd,28,2026-02-01T08:30:00+01:00,45,3430,120,9
        """,
    ];

    // Values that break naive number, date and duration parsing.
    private static readonly string[] HostileValues =
    [
        "1e400", "-1e400", "1e-400", "-0", "-0.0", "NaN", "nan", "Infinity", "-Infinity", "∞", "99999999999999999999",
        "79228162514264337593543950336", "1e28", "7.9e28", "0x10", "1_000", "(12.50)", "()", "--5", "+5", "5-", "1,2,3", "١٢٣",
        "0001-01-01", "9999-12-31", "0000-00-00", "10000-01-01", "2026-02-30", "2026-13-01", "-2026-01-01", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59-14:00", "Jan 1, 0001", "Dec 31, 9999", "1e400:00", "NaN:00", "Infinity:1", "99999999999999999999:59:59",
        "1:2:3:4", "::", "P99999999999999D", "PT1e400S", "P-5D", "PT-5S", "P10675199DT2H48M5.4775807S", "Total", "\"", "\"\"", "\0",
    ];

    private static readonly byte[][] SpecialBytes =
        [[0x00], [0xFF], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], "\""u8.ToArray(), ","u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray()];

    [Fact]
    public async Task RandomBytes_NeverThrowAndGiveAConsistentResult()
    {
        var random = new Random(20_260_301);
        for (var i = 0; i < 80; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            await AssertParsesSafelyAsync($"random bytes #{i}", bytes);
        }
    }

    [Fact]
    public async Task RandomCsvShapedText_NeverThrowsAndGivesAConsistentResult()
    {
        // Mostly CSV punctuation, digits and a header, so the parser gets past the header to the values.
        const string alphabet = ",,,,\"\"\n\n\r0123456789.-e$%():PT \t";
        var headers = SeedFiles.Select(f => f.Trim('\uFEFF').Split('\n')[0]).ToArray();
        var random = new Random(20_260_302);
        for (var i = 0; i < 80; i++)
        {
            var text = new StringBuilder(headers[i % headers.Length]).Append('\n');
            var length = random.Next(0, 2000);
            for (var j = 0; j < length; j++)
            {
                text.Append(random.Next(20) == 0 ? HostileValues[random.Next(HostileValues.Length)] : alphabet[random.Next(alphabet.Length)]);
            }
            await AssertParsesSafelyAsync($"csv-shaped text #{i}", Encoding.UTF8.GetBytes(text.ToString()));
        }
    }

    [Fact]
    public async Task MutatedExports_NeverThrowAndGiveAConsistentResult()
    {
        var random = new Random(20_260_303);
        for (var i = 0; i < 240; i++)
        {
            var seed = i % SeedFiles.Length;
            var bytes = Encoding.UTF8.GetBytes(SeedFiles[seed]).ToList();
            var operations = random.Next(1, 7);
            for (var k = 0; k < operations; k++) Mutate(bytes, random);
            await AssertParsesSafelyAsync($"mutated export #{i} (seed file {seed}, {operations} mutations)", [.. bytes]);
        }
    }

    [Fact]
    public async Task HostileValues_InEveryColumn_AreRowErrorsOrSaneValues()
    {
        var inputs = 0;
        foreach (var seedFile in SeedFiles)
        {
            var lines = seedFile.Trim('\uFEFF').Split('\n');
            var columns = lines[0].Split(',').Length;
            for (var column = 0; column < columns; column++)
            {
                var rows = HostileValues.Select((value, v) =>
                    string.Join(',', Enumerable.Range(0, columns).Select(c => c == column ? Quote(value) : Filler(lines[0], c, v))));
                var text = lines[0] + "\n" + string.Join('\n', rows) + "\n";
                var parsed = await AssertParsesSafelyAsync($"hostile values in column {column} of '{lines[0][..30]}'", Encoding.UTF8.GetBytes(text));
                Assert.True(parsed.RowCount > 0, $"column {column} of '{lines[0][..30]}': {parsed.Failure} {parsed.Message}");
                inputs++;
            }
        }
        Assert.True(inputs > 30);
    }

    [Fact]
    public async Task CraftedShapes_NeverThrowAndGiveAConsistentResult()
    {
        var daily = SeedFiles[0];
        var header = daily.Split('\n')[0];
        var cases = new List<(string Name, byte[] Bytes)>
        {
            ("empty", []),
            ("only a BOM", [0xEF, 0xBB, 0xBF]),
            ("BOM twice", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(daily)]),
            ("UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(daily)]),
            ("UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(daily)]),
            ("UTF-32 LE with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(daily)]),
            ("UTF-16 without BOM", Encoding.Unicode.GetBytes(daily)),
            ("Latin-1", Encoding.Latin1.GetBytes(daily.Replace("Work", "Wörk", StringComparison.Ordinal))),
            ("invalid UTF-8 everywhere", [.. Encoding.UTF8.GetBytes(daily).SelectMany(b => b == (byte)',' ? new byte[] { 0xC3, 0x28, b } : [b])]),
            ("lone surrogates", [.. Encoding.UTF8.GetBytes(header + "\n"), 0xED, 0xA0, 0x80, .. ",1,2\n"u8]),
            ("NUL bytes", Encoding.UTF8.GetBytes(daily.Replace(",", ",\0", StringComparison.Ordinal))),
            ("all NUL", new byte[4096]),
            ("header only", Encoding.UTF8.GetBytes(header)),
            ("header only with newline", Encoding.UTF8.GetBytes(header + "\n")),
            ("header and blank lines", Encoding.UTF8.GetBytes(header + "\n\n \n,,,\n\r\n")),
            ("blank lines only", Encoding.UTF8.GetBytes("\n\n\r\n   \n,,,\n")),
            ("CR-only line endings", Encoding.UTF8.GetBytes(daily.Replace("\n", "\r", StringComparison.Ordinal))),
            ("CRLF line endings", Encoding.UTF8.GetBytes(daily.Replace("\n", "\r\n", StringComparison.Ordinal))),
            ("mixed line endings", Encoding.UTF8.GetBytes(daily.Replace("\n2026-11-02", "\r2026-11-02", StringComparison.Ordinal).Replace("\n2026-11-03", "\r\n2026-11-03", StringComparison.Ordinal))),
            ("unbalanced quote in header", Encoding.UTF8.GetBytes("\"date,views\n2026-11-01,1\n")),
            ("unbalanced quote in a row", Encoding.UTF8.GetBytes(header + "\n2026-11-01,\"12\n2026-11-02,13\n")),
            ("quote spanning the whole file", Encoding.UTF8.GetBytes("\"" + daily + "\"")),
            ("quote opened at the start and never closed", Encoding.UTF8.GetBytes("\"" + daily)),
            ("quotes inside unquoted fields", Encoding.UTF8.GetBytes(header + "\n2026-11-01,1\"2\"3,x\"\"y,\"a\"b\"c\n")),
            ("only quotes", Encoding.UTF8.GetBytes(new string('"', 10_001))),
            ("only commas", Encoding.UTF8.GetBytes(new string(',', 100_000))),
            ("only newlines", Encoding.UTF8.GetBytes(new string('\n', 100_000))),
            ("10,000 columns", Encoding.UTF8.GetBytes(WideFile(10_000))),
            ("10,000 columns, all named date", Encoding.UTF8.GetBytes(string.Join(',', Enumerable.Repeat("date", 10_000)) + "\n" + string.Join(',', Enumerable.Repeat("2026-11-01", 10_000)) + "\n")),
            ("rows longer and shorter than the header", Encoding.UTF8.GetBytes(header + "\n2026-11-01\n2026-11-02," + string.Join(',', Enumerable.Repeat("1", 500)) + "\n")),
            ("50,000 rows of the same day", Encoding.UTF8.GetBytes("date,views\n" + string.Concat(Enumerable.Repeat("2026-11-01,1\n", 50_000)))),
            ("5,000 bad rows", Encoding.UTF8.GetBytes("date,views\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"day {i},-{i}\n")))),
            ("header cell of 2 MB", Encoding.UTF8.GetBytes("date," + new string('h', 2 * 1024 * 1024) + "\n2026-11-01,1\n")),
            ("unrecognized header of 2 MB", Encoding.UTF8.GetBytes(new string('h', 2 * 1024 * 1024) + ",x\n1,2\n")),
        };
        foreach (var (name, bytes) in cases) await AssertParsesSafelyAsync(name, bytes);
    }

    [Theory]
    [InlineData("quoted")]
    [InlineData("unquoted")]
    [InlineData("unterminated quote")]
    [InlineData("quotes after text")]
    [InlineData("blanks then quotes")]
    [InlineData("digits")]
    [InlineData("colons")]
    public async Task SingleFieldOfFiveMegabytes_ParsesWithinTheCeiling(string shape)
    {
        const int size = (int)MaxBytes - 2048;
        var field = shape switch
        {
            "quoted" => "\"" + new string('x', size) + "\"",
            "unquoted" => new string('x', size),
            "unterminated quote" => "\"" + new string('x', size),
            // Every quote after the first character used to re-read the whole field so far: quadratic.
            "quotes after text" => "x" + new string('"', size),
            "blanks then quotes" => new string(' ', size / 2) + "x" + new string('"', size / 2),
            "digits" => new string('9', size),
            _ => new string(':', size),
        };
        var text = "date,views,average_view_duration_seconds\n2026-11-01," + field + "," + field[..Math.Min(field.Length, 1000)] + "\n";

        var parsed = await AssertParsesSafelyAsync($"5 MB field, {shape}", Encoding.UTF8.GetBytes(text));

        Assert.NotEqual(ImportFailure.TooLarge, parsed.Failure);
    }

    [Fact]
    public async Task FileJustOverTheLimit_IsTooLarge_AndOneAtTheLimitIsRead()
    {
        var atLimit = Encoding.UTF8.GetBytes(FileOfSize("date,views\n", (int)MaxBytes));
        byte[] overLimit = [.. atLimit, (byte)'\n'];

        var read = await AssertParsesSafelyAsync("file at the limit", atLimit);
        var refused = await AssertParsesSafelyAsync("file one byte over the limit", overLimit);

        Assert.Equal(ImportFailure.None, read.Failure);
        Assert.Equal(ImportFailure.TooLarge, refused.Failure);
        Assert.Contains("larger than the limit", refused.Message);
    }

    [Fact]
    public async Task CrOnlyLineEndings_ReadLikeLf()
    {
        // Excel for Mac's "CSV (Macintosh)" ends lines with a lone CR.
        var lf = await ParseTextAsync(SeedFiles[0]);
        var cr = await ParseTextAsync(SeedFiles[0].Replace("\n", "\r", StringComparison.Ordinal));

        Assert.Equal(ImportFailure.None, cr.Failure);
        Assert.Equal(lf.ChannelDays, cr.ChannelDays);
        Assert.Equal(lf.Errors, cr.Errors);
        Assert.Equal(lf.RowCount, cr.RowCount);
    }

    [Theory]
    [InlineData("average_view_duration_seconds", "1e400:00")]
    [InlineData("average_view_duration_seconds", "NaN:00")]
    [InlineData("average_view_duration_seconds", "0:Infinity")]
    [InlineData("average_view_duration_seconds", "1e308:1e308")]
    [InlineData("average_view_duration_seconds", "P99999999999999D")]
    [InlineData("date", "0001-01-01")]
    [InlineData("date", "9999-12-31")]
    [InlineData("date", "Dec 31, 9999")]
    public async Task OutOfRangeValue_IsARowErrorNotAValueNorAFailedFile(string column, string value)
    {
        var (date, duration) = column == "date" ? (value, "60") : ("2026-11-02", value);

        var parsed = await ParseTextAsync($"date,views,average_view_duration_seconds\n2026-11-01,5,60\n{Quote(date)},6,{Quote(duration)}\n");

        Assert.Equal(ImportFailure.None, parsed.Failure);
        var day = Assert.Single(parsed.ChannelDays);
        Assert.Equal(new DateOnly(2026, 11, 1), day.Date);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal((3, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("published_at", "0001-01-01")]
    [InlineData("published_at", "9999-12-31")]
    [InlineData("published_at", "0001-01-01T00:00:00Z")]
    [InlineData("duration_seconds", "1e400:00")]
    [InlineData("duration_seconds", "NaN:00")]
    [InlineData("duration_seconds", "P99999999999999D")]
    public async Task OutOfRangeVideoValue_IsARowError(string column, string value)
    {
        var (published, duration) = column == "published_at" ? (value, "60") : ("2026-03-04", value);

        var parsed = await ParseTextAsync($"video_id,published_at,duration_seconds\ndQw4w9WgXcQ,2026-03-04,60\na1B2c3D4e5F,{Quote(published)},{Quote(duration)}\n");

        Assert.Equal(ImportFailure.None, parsed.Failure);
        Assert.Equal("dQw4w9WgXcQ", Assert.Single(parsed.Videos).YouTubeVideoId);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal((3, column), (error.Line, error.Column));
    }

    private static Task<ParsedImport> ParseTextAsync(string text) =>
        AssertParsesSafelyAsync($"the file '{text.ReplaceLineEndings("⏎")}'", Encoding.UTF8.GetBytes(text));

    /// <summary>Parses <paramref name="bytes"/> as an upload and checks everything the parser promises; the name says which input failed.</summary>
    private static async Task<ParsedImport> AssertParsesSafelyAsync(string name, byte[] bytes)
    {
        ParsedImport parsed;
        try
        {
            parsed = await Task.Run(() => AnalyticsCsvParser.ParseAsync(new MemoryStream(bytes, writable: false), MaxBytes)).WaitAsync(Ceiling);
        }
        catch (TimeoutException)
        {
            throw new XunitException($"{name}: parsing {bytes.Length} bytes took more than {Ceiling.TotalSeconds} s.");
        }
        catch (Exception ex)
        {
            throw new XunitException($"{name}: the parser threw {ex.GetType().Name}: {ex.Message}");
        }
        try
        {
            AssertConsistent(parsed);
        }
        catch (XunitException ex)
        {
            throw new XunitException($"{name}: {ex.Message}");
        }
        return parsed;
    }

    private static void AssertConsistent(ParsedImport parsed)
    {
        Assert.True(Enum.IsDefined(parsed.Failure), $"undefined failure {parsed.Failure}");
        Assert.True(Enum.IsDefined(parsed.Format), $"undefined format {parsed.Format}");
        // The catch-all in Parse is a safety net: a bad cell is a row error, never a refused file.
        Assert.False(parsed.Message?.StartsWith("The file is not a readable CSV file", StringComparison.Ordinal) == true, $"a value escaped the row checks: {parsed.Message}");
        // Messages are shown to people and sent back by the API: bounded, whatever the file holds.
        Assert.True((parsed.Message?.Length ?? 0) <= 1000, $"a message of {parsed.Message?.Length} characters");
        Assert.All(parsed.Errors, e => Assert.True(e.Message.Length <= 1000 && e.Message.Length > 0 && e.Line >= 0, $"error '{e.Message[..Math.Min(80, e.Message.Length)]}' on line {e.Line}"));

        Assert.InRange(parsed.RowCount, 0, int.MaxValue);
        Assert.InRange(parsed.ValidRowCount, 0, parsed.RowCount);
        Assert.True(parsed.Errors.Count <= 501, $"{parsed.Errors.Count} errors listed; the list is capped at 500 and a summary");
        var linesWithErrors = parsed.Errors.Where(e => e.Line > 0).Select(e => e.Line).Distinct().Count();
        Assert.True(parsed.ValidRowCount + linesWithErrors <= parsed.RowCount,
            $"{parsed.ValidRowCount} valid rows and {linesWithErrors} rows with errors, of {parsed.RowCount} read");
        Assert.True(parsed.ChannelDays.Count <= parsed.ValidRowCount && parsed.VideoDays.Count <= parsed.ValidRowCount && parsed.Videos.Count <= parsed.ValidRowCount,
            $"{parsed.ChannelDays.Count} days, {parsed.VideoDays.Count} video days, {parsed.Videos.Count} videos from {parsed.ValidRowCount} valid rows");
        if (parsed.Failure != ImportFailure.None)
        {
            Assert.False(string.IsNullOrWhiteSpace(parsed.Message));
            Assert.Empty(parsed.ChannelDays);
            Assert.Empty(parsed.VideoDays);
            Assert.Empty(parsed.Videos);
        }
        else
        {
            Assert.True(parsed.ChannelDays.Count + parsed.VideoDays.Count + parsed.Videos.Count > 0, "a successful parse with nothing in it");
        }

        Assert.Equal(parsed.ChannelDays.Count, parsed.ChannelDays.Select(d => d.Date).Distinct().Count());
        foreach (var day in parsed.ChannelDays)
        {
            AssertSaneDate(day.Date);
            AssertCounts(day.Views, day.SubscribersGained, day.SubscribersLost, day.Likes, day.Comments, day.Shares, day.Impressions);
            AssertAmounts(day.WatchMinutes, day.AverageViewDurationSeconds, day.ImpressionsCtr);
            Assert.True(day.EstimatedRevenueUsd is null or >= 0, $"revenue {day.EstimatedRevenueUsd}");
        }
        foreach (var day in parsed.VideoDays)
        {
            Assert.Matches(VideoId(), day.YouTubeVideoId);
            AssertSaneDate(day.Date);
            AssertCounts(day.Views, day.Likes, day.Comments, day.Shares, day.SubscribersGained);
            AssertAmounts(day.WatchMinutes, day.AverageViewDurationSeconds);
            Assert.True(day.EstimatedRevenueUsd is null or >= 0, $"revenue {day.EstimatedRevenueUsd}");
        }
        foreach (var video in parsed.Videos)
        {
            Assert.Matches(VideoId(), video.YouTubeVideoId);
            AssertCounts(video.Views, video.Likes, video.Comments);
            AssertAmounts(video.DurationSeconds);
            Assert.True(video.CategoryId is null or { Length: <= 8 }, $"category '{video.CategoryId}'");
            if (video.PublishedAt is { } published)
            {
                Assert.Equal(TimeSpan.Zero, published.Offset);
                AssertSaneDate(DateOnly.FromDateTime(published.UtcDateTime));
            }
            Assert.True(video.Tags is null || video.Tags.All(t => t.Length > 0), "an empty tag");
        }
    }

    private static void AssertSaneDate(DateOnly date) =>
        Assert.True(date.Year is >= 2005 and <= 2200, $"date {date:yyyy-MM-dd} is outside YouTube's years");

    private static void AssertCounts(params long?[] counts) =>
        Assert.All(counts, c => Assert.True(c is null or >= 0, $"count {c}"));

    private static void AssertAmounts(params double?[] amounts) =>
        Assert.All(amounts, a => Assert.True(a is null || (double.IsFinite(a.Value) && a.Value >= 0), $"amount {a}"));

    private static void Mutate(List<byte> bytes, Random random)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(8))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 16), bytes.Count - at));
                break;
            case 2 when bytes.Count > 0:
                var length = Math.Min(random.Next(1, 64), bytes.Count - at);
                bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                break;
            case 3:
                bytes.InsertRange(at, SpecialBytes[random.Next(SpecialBytes.Length)]);
                break;
            case 4:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(HostileValues[random.Next(HostileValues.Length)]));
                break;
            case 5:
            {
                var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n').ToList();
                var shuffled = lines.OrderBy(_ => random.Next()).ToList();
                bytes.Clear();
                bytes.AddRange(Encoding.UTF8.GetBytes(string.Join('\n', shuffled)));
                break;
            }
            case 6:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
            {
                // Replace a whole field with a hostile value.
                var text = Encoding.UTF8.GetString([.. bytes]);
                var fields = text.Split(',');
                fields[random.Next(fields.Length)] = HostileValues[random.Next(HostileValues.Length)];
                bytes.Clear();
                bytes.AddRange(Encoding.UTF8.GetBytes(string.Join(',', fields)));
                break;
            }
        }
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A plausible value for the other columns, so the hostile one is what decides the row.</summary>
    private static string Filler(string header, int column, int row)
    {
        var name = header.Split(',')[column].Trim().ToLowerInvariant();
        return name switch
        {
            "date" => new DateOnly(2026, 1, 1).AddDays(row).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "content" or "video_id" => $"vid{row:D8}",
            "video title" or "title" => "\"A title, with a comma\"",
            "video publish time" or "published_at" => "2026-03-04",
            _ => (row + 1).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string WideFile(int columns)
    {
        var header = "date,views," + string.Join(',', Enumerable.Range(0, columns - 2).Select(c => $"extra_{c}"));
        var rows = Enumerable.Range(1, 20).Select(r => $"2026-11-{r:D2},{r}," + string.Join(',', Enumerable.Range(0, columns - 2).Select(c => c % 7 == 0 ? "\"x,y\"" : "1")));
        return header + "\n" + string.Join('\n', rows) + "\n";
    }

    private static string FileOfSize(string header, int size)
    {
        var text = new StringBuilder(header, size);
        for (var day = 0; text.Length < size - 32; day = (day + 1) % 3650)
        {
            text.Append(new DateOnly(2010, 1, 1).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(",1\n");
        }
        text.Append(new string('0', size - text.Length - 1)).Append('\n');
        return text.ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex VideoId();
}
