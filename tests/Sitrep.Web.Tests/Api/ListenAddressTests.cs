using Xunit;

namespace Sitrep.Web.Tests.Api;

/// <summary>What `--urls` accepts, and when `sitrep serve` warns that it is reachable from other machines.</summary>
public sealed class ListenAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.1:5080;http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://127.0.0.1:5080;http://192.0.2.7:5080", false)]
    public void Loopback_only_unless_an_other_interface_is_named(string urls, bool loopback) =>
        Assert.Equal(loopback, DashboardHost.IsLoopbackOnly(urls));

    [Theory]
    [InlineData("http://127.0.0.1:5080", null)]
    [InlineData("https://127.0.0.1:5443;http://+:80", null)]
    [InlineData("nonsense", "nonsense")]
    [InlineData("http://127.0.0.1:1;ftp://127.0.0.1", "ftp://127.0.0.1")]
    [InlineData(" ; ", " ; ")]
    public void The_first_address_that_is_not_http_is_named(string urls, string? invalid) =>
        Assert.Equal(invalid, DashboardHost.FirstInvalid(urls));
}
