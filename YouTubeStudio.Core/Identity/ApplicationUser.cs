using Microsoft.AspNetCore.Identity;

namespace YouTubeStudio.Core.Identity;

public class ApplicationUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }
}
