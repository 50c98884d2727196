using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>
/// channels.list, videos.list and playlistItems.list over resources taken from Google's recorded responses:
/// the "Google Developers" channel, its recorded videos and 13 playlist items as its uploads playlist.
/// Answers carry only the parts asked for, and lists page with opaque tokens as Google's do.
/// </summary>
public sealed class FakeDataApi(ApiGuard guard)
{
    private static readonly HashSet<string> ChannelParts = ["auditDetails", "brandingSettings", "contentDetails", "contentOwnerDetails", "id", "localizations", "snippet", "statistics", "status", "topicDetails"];
    private static readonly HashSet<string> VideoParts = ["contentDetails", "fileDetails", "id", "liveStreamingDetails", "localizations", "player", "processingDetails", "recordingDetails", "snippet", "statistics", "status", "suggestions", "topicDetails"];
    private static readonly HashSet<string> PlaylistItemParts = ["contentDetails", "id", "snippet", "status"];

    private readonly Lock _gate = new();
    private JsonObject _channel = new();
    private readonly Dictionary<string, JsonObject> _videos = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonObject>> _playlists = new(StringComparer.Ordinal);

    /// <summary>The authorized user's channel id (<c>UC_x5XG1OV2P6uZZ5FSM9Ttw</c>, from the recording).</summary>
    public string ChannelId => (string)_channel["id"]!;

    /// <summary>Its uploads playlist (<c>contentDetails.relatedPlaylists.uploads</c>).</summary>
    public string UploadsPlaylistId => (string)_channel["contentDetails"]!["relatedPlaylists"]!["uploads"]!;

    /// <summary>The recorded channel resource (all parts); tests may edit it.</summary>
    public JsonObject Channel => _channel;

    public IReadOnlyCollection<string> VideoIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _videos.Keys];
            }
        }
    }

    public JsonObject? Video(string id)
    {
        lock (_gate)
        {
            return _videos.GetValueOrDefault(id);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            var channels = SampleData.LoadObject("sample_responses/python-youtube_apidata/channels/info_multiple.json");
            _channel = channels["items"]!.AsArray().Select(c => c!.AsObject()).Single(c => (string?)c["id"] == "UC_x5XG1OV2P6uZZ5FSM9Ttw").DeepClone().AsObject();

            _videos.Clear();
            var full = SampleData.LoadObject("sample_responses/python-youtube_modeldata/videos/video_api_response.json");
            var multi = SampleData.LoadObject("sample_responses/python-youtube_apidata/videos/videos_info_multi.json");
            foreach (var video in full["items"]!.AsArray().Concat(multi["items"]!.AsArray()))
            {
                _videos.TryAdd((string)video!["id"]!, video.DeepClone().AsObject());
            }

            _playlists.Clear();
            var items = new List<JsonObject>();
            foreach (var page in new[] { "playlist_items_paged_1.json", "playlist_items_paged_2.json" })
            {
                var recorded = SampleData.LoadObject("sample_responses/python-youtube_apidata/playlist_items/" + page);
                items.AddRange(recorded["items"]!.AsArray().Select(i => i!.DeepClone().AsObject()));
            }

            // The recording is of a regular playlist; serve it as this channel's uploads playlist.
            foreach (var item in items)
            {
                item["snippet"]!["playlistId"] = UploadsPlaylistId;
            }

            _playlists[UploadsPlaylistId] = items;
        }
    }

    /// <summary>
    /// Adds a video cloned from the recorded full video resource (snippet, contentDetails, statistics, status) with
    /// the given id, title, ISO 8601 duration and counts, and appends it to the uploads playlist.
    /// </summary>
    public JsonObject AddVideo(string id, string title, string isoDuration, long views, long likes, long comments, params string[] tags)
    {
        var template = SampleData.LoadObject("sample_responses/python-youtube_modeldata/videos/video_api_response.json")["items"]![0]!.DeepClone().AsObject();
        template["id"] = id;
        template["snippet"]!["title"] = title;
        template["snippet"]!["localized"]!["title"] = title;
        template["snippet"]!["tags"] = new JsonArray(tags.Select(t => (JsonNode)JsonValue.Create(t)).ToArray());
        template["contentDetails"]!["duration"] = isoDuration;
        // Google sends counts as strings (format uint64).
        template["statistics"] = new JsonObject
        {
            ["viewCount"] = views.ToString(), ["likeCount"] = likes.ToString(), ["favoriteCount"] = "0", ["commentCount"] = comments.ToString(),
        };
        AddVideo(template, appendToUploads: true);
        return template;
    }

    internal void AddVideo(JsonObject video, bool appendToUploads, bool newestFirst = false)
    {
        lock (_gate)
        {
            var id = (string)video["id"]!;
            _videos[id] = video;
            if (!appendToUploads)
            {
                return;
            }

            var uploads = _playlists[UploadsPlaylistId];
            var item = new JsonObject
            {
                ["kind"] = "youtube#playlistItem",
                ["etag"] = Etag(id),
                ["id"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(UploadsPlaylistId + "." + id)),
                ["snippet"] = new JsonObject
                {
                    ["publishedAt"] = video["snippet"]?["publishedAt"]?.DeepClone(),
                    ["channelId"] = ChannelId,
                    ["title"] = video["snippet"]?["title"]?.DeepClone(),
                    ["playlistId"] = UploadsPlaylistId,
                    ["position"] = 0,
                    ["resourceId"] = new JsonObject { ["kind"] = "youtube#video", ["videoId"] = id },
                },
            };
            if (newestFirst)
            {
                uploads.Insert(0, item);
            }
            else
            {
                uploads.Add(item);
            }

            for (var i = 0; i < uploads.Count; i++)
            {
                uploads[i]["snippet"]!["position"] = i;
            }
        }
    }

    internal void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/youtube/v3/channels", Channels);
        app.MapGet("/youtube/v3/videos", Videos);
        app.MapGet("/youtube/v3/playlistItems", PlaylistItems);
    }

    private IResult Channels(HttpContext context)
    {
        if (guard.Check(context, "youtube.channels.list", out _) is { } denied)
        {
            return denied;
        }

        var q = context.Request.Query;
        if (Parts(q, ChannelParts, out var parts) is { } bad)
        {
            return bad;
        }

        lock (_gate)
        {
            var ids = Values(q["id"]);
            var mine = (string?)q["mine"] == "true";
            if (!mine && ids.Count == 0 && q["forHandle"].Count == 0 && q["forUsername"].Count == 0)
            {
                return GoogleErrorJson.BadRequest("No filter selected. Expected one of: forUsername, managedByMe, categoryId, mine, mySubscribers, id, idParam, forHandle", "missingRequiredParameter", "youtube.parameter");
            }

            var match = mine || ids.Contains(ChannelId);
            var items = match ? new[] { Project(_channel, parts) } : [];
            return ListResponse("youtube#channelListResponse", items, 5, null, null, items.Length);
        }
    }

    private IResult Videos(HttpContext context)
    {
        if (guard.Check(context, "youtube.videos.list", out _) is { } denied)
        {
            return denied;
        }

        var q = context.Request.Query;
        if (Parts(q, VideoParts, out var parts) is { } bad)
        {
            return bad;
        }

        var ids = Values(q["id"]);
        if (ids.Count == 0)
        {
            return GoogleErrorJson.BadRequest("No filter selected. Expected one of: myRating, chart, id", "missingRequiredParameter", "youtube.parameter");
        }

        if (ids.Count > 50)
        {
            return GoogleErrorJson.BadRequest("The request specifies an invalid filter parameter.", "invalidFilters", "youtube.parameter");
        }

        lock (_gate)
        {
            var items = ids.Where(_videos.ContainsKey).Select(id => Project(_videos[id], parts)).ToArray();
            return ListResponse("youtube#videoListResponse", items, items.Length, null, null, items.Length);
        }
    }

    private IResult PlaylistItems(HttpContext context)
    {
        if (guard.Check(context, "youtube.playlistItems.list", out _) is { } denied)
        {
            return denied;
        }

        var q = context.Request.Query;
        if (Parts(q, PlaylistItemParts, out var parts) is { } bad)
        {
            return bad;
        }

        if (MaxResults(q, 0, 50, 5, out var pageSize) is { } badMax)
        {
            return badMax;
        }

        lock (_gate)
        {
            var playlistId = (string?)q["playlistId"];
            if (playlistId is null || !_playlists.TryGetValue(playlistId, out var all))
            {
                return GoogleErrorJson.NotFound("The playlist identified with the request's <code>playlistId</code> parameter cannot be found.", "playlistNotFound");
            }

            var offset = 0;
            if ((string?)q["pageToken"] is { Length: > 0 } token && !TryDecodePageToken(token, out offset))
            {
                return GoogleErrorJson.BadRequest("The request specifies an invalid page token.", "invalidPageToken", "youtube.parameter");
            }

            var page = all.Skip(offset).Take(pageSize).Select(item => Project(WithContentDetails(item), parts)).ToArray();
            var next = offset + pageSize < all.Count ? EncodePageToken(offset + pageSize) : null;
            var previous = offset > 0 ? EncodePageToken(Math.Max(0, offset - pageSize)) : null;
            return ListResponse("youtube#playlistItemListResponse", page, pageSize, next, previous, all.Count);
        }
    }

    /// <summary>The recording asked for snippet only; Google derives contentDetails from the same item.</summary>
    private static JsonObject WithContentDetails(JsonObject item)
    {
        if (item["contentDetails"] is null && item["snippet"]?["resourceId"]?["videoId"] is { } videoId)
        {
            var copy = item.DeepClone().AsObject();
            copy["contentDetails"] = new JsonObject { ["videoId"] = videoId.DeepClone(), ["videoPublishedAt"] = item["snippet"]?["publishedAt"]?.DeepClone() };
            return copy;
        }

        return item;
    }

    internal static IResult? Parts(IQueryCollection q, HashSet<string> allowed, out string[] parts)
    {
        parts = [.. Values(q["part"])];
        if (parts.Length == 0)
        {
            return GoogleErrorJson.BadRequest("Required parameter: part", "required");
        }

        var unknown = parts.FirstOrDefault(p => !allowed.Contains(p));
        return unknown is null
            ? null
            : GoogleErrorJson.BadRequest($"'{unknown}'", "unknownPart", "youtube.part");
    }

    internal static IResult? MaxResults(IQueryCollection q, int min, int max, int fallback, out int value)
    {
        value = fallback;
        if ((string?)q["maxResults"] is not { } raw)
        {
            return null;
        }

        if (!int.TryParse(raw, out value) || value < min || value > max)
        {
            return GoogleErrorJson.BadRequest($"Invalid value '{raw}'. Values must be within the range: [{min}, {max}]", "invalidParameter");
        }

        return null;
    }

    /// <summary>Repeated parameters arrive as <c>id=a&amp;id=b</c> or <c>id=a,b</c>; Google accepts both.</summary>
    internal static List<string> Values(Microsoft.Extensions.Primitives.StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    internal static JsonObject Project(JsonObject resource, IEnumerable<string> parts)
    {
        var result = new JsonObject { ["kind"] = resource["kind"]?.DeepClone(), ["etag"] = resource["etag"]?.DeepClone(), ["id"] = resource["id"]?.DeepClone() };
        foreach (var part in parts.Where(p => p != "id"))
        {
            if (resource[part] is { } value)
            {
                result[part] = value.DeepClone();
            }
        }

        return result;
    }

    internal static string Etag(string seed) => Convert.ToBase64String(System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(seed)))[..27];

    private static JsonResult ListResponse(string kind, JsonObject[] items, int perPage, string? next, string? previous, int total)
    {
        var body = new JsonObject { ["kind"] = kind, ["etag"] = Etag(kind + total + next) };
        if (next is not null)
        {
            body["nextPageToken"] = next;
        }

        if (previous is not null)
        {
            body["prevPageToken"] = previous;
        }

        body["pageInfo"] = new JsonObject { ["totalResults"] = total, ["resultsPerPage"] = perPage };
        body["items"] = new JsonArray(items.Cast<JsonNode>().ToArray());
        return new JsonResult(body);
    }

    private static string EncodePageToken(int offset) => "C" + Convert.ToBase64String(Encoding.UTF8.GetBytes("o:" + offset)).TrimEnd('=');

    private static bool TryDecodePageToken(string token, out int offset)
    {
        offset = 0;
        try
        {
            var raw = token[1..];
            raw = raw.PadRight(raw.Length + (4 - raw.Length % 4) % 4, '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(raw));
            return token[0] == 'C' && text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text[2..], out offset) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
