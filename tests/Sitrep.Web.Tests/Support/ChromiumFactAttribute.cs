using Xunit;

namespace Sitrep.Web.Tests.Support;

/// <summary>A browser test: it drives Debian's Chromium and is reported as skipped, saying why, when that is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable))
        {
            Skip = $"{Executable} is absent: install Debian's chromium package (apt-get install -y chromium) to run the browser tests";
        }
    }
}
