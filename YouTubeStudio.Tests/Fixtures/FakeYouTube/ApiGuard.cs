using Microsoft.AspNetCore.Http;

namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>What Google checks before an API method runs: the bearer token, its scopes, then (injected) faults.</summary>
public sealed class ApiGuard(FakeOAuth oauth, DiscoveryScopes discovery)
{
    private readonly Lock _gate = new();
    private readonly List<(FakeFault Fault, string? PathContains, int Remaining)> _faults = [];

    public void FailNext(FakeFault fault, int times, string? pathContains)
    {
        lock (_gate)
        {
            _faults.Add((fault, pathContains, times));
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>An error to answer with, or null with the token's scopes when the call may proceed.</summary>
    public IResult? Check(HttpContext context, string methodId, out IReadOnlySet<string> scopes)
    {
        scopes = new HashSet<string>();
        var header = (string?)context.Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return GoogleErrorJson.MissingCredentials();
        }

        var granted = oauth.Authenticate(header["Bearer ".Length..].Trim());
        if (granted is null)
        {
            return GoogleErrorJson.InvalidCredentials();
        }

        scopes = granted;
        if (!discovery.For(methodId).Any(granted.Contains))
        {
            return GoogleErrorJson.InsufficientScopes();
        }

        return TakeFault(context.Request.Path);
    }

    /// <summary>The next matching injected fault, consumed; null when none is pending.</summary>
    public IResult? TakeFault(PathString path)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => f.PathContains is null || path.Value?.Contains(f.PathContains, StringComparison.Ordinal) == true);
            if (index < 0)
            {
                return null;
            }

            var (fault, filter, remaining) = _faults[index];
            if (remaining <= 1)
            {
                _faults.RemoveAt(index);
            }
            else
            {
                _faults[index] = (fault, filter, remaining - 1);
            }

            return fault switch
            {
                FakeFault.Unauthorized => GoogleErrorJson.InvalidCredentials(),
                FakeFault.QuotaExceeded => GoogleErrorJson.QuotaExceeded(),
                FakeFault.ServerError => GoogleErrorJson.BackendError(),
                _ => GoogleErrorJson.Unavailable(),
            };
        }
    }
}
