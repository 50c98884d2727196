using Google.Apis.Discovery;
using Google.Apis.Requests;
using Google.Apis.Services;

namespace YouTubeStudio.Core.YouTube.Api;

/// <summary>A GET of the Data or Analytics API; subclasses declare their query parameters as Google's generated code does.</summary>
internal abstract class YouTubeGetRequest<TResponse>(IClientService service, string methodName, string restPath)
    : ClientServiceRequest<TResponse>(service)
{
    public override string MethodName => methodName;

    public override string RestPath => restPath;

    public override string HttpMethod => "GET";

    protected void AddParameter(string name, bool required = false) =>
        RequestParameters.Add(name, new Parameter { Name = name, IsRequired = required, ParameterType = "query" });
}
