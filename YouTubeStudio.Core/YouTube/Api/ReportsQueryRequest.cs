using Google.Apis.Services;
using Google.Apis.Util;
using YouTubeStudio.Core.YouTube.Resources;

namespace YouTubeStudio.Core.YouTube.Api;

/// <summary>youtubeAnalytics.reports.query (GET v2/reports).</summary>
internal sealed class ReportsQueryRequest : YouTubeGetRequest<QueryResponse>
{
    public ReportsQueryRequest(IClientService service) : base(service, "query", "reports") => InitParameters();

    [RequestParameter("ids", RequestParameterType.Query)] public string? Ids { get; set; }
    [RequestParameter("startDate", RequestParameterType.Query)] public string? StartDate { get; set; }
    [RequestParameter("endDate", RequestParameterType.Query)] public string? EndDate { get; set; }
    [RequestParameter("metrics", RequestParameterType.Query)] public string? Metrics { get; set; }
    [RequestParameter("dimensions", RequestParameterType.Query)] public string? Dimensions { get; set; }
    [RequestParameter("filters", RequestParameterType.Query)] public string? Filters { get; set; }
    [RequestParameter("sort", RequestParameterType.Query)] public string? Sort { get; set; }
    [RequestParameter("maxResults", RequestParameterType.Query)] public int? MaxResults { get; set; }

    protected override void InitParameters()
    {
        base.InitParameters();
        foreach (var name in new[] { "ids", "startDate", "endDate", "metrics", "dimensions", "filters", "sort", "maxResults" })
        {
            AddParameter(name);
        }
    }
}
