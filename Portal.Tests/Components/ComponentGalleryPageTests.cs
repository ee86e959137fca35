using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using MudBlazor.Services;
using Portal.Components.Cases;
using Portal.Features.ComponentGallery;
using Portal.Features.Risk;

namespace Portal.Tests.Components;

/// <summary>Not on <see cref="ComponentTestBase"/>: its constructor renders, which closes the service container before the environment is registered.</summary>
public class ComponentGalleryPageTests : BunitContext, IAsyncLifetime
{
    private IRenderedComponent<ComponentGalleryPage> RenderIn(string environment)
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IWebHostEnvironment>(new Environment(environment));
        Services.AddSingleton(InstrumentCatalog.FromAppFolder());
        Render<MudBlazor.MudPopoverProvider>();
        return Render<ComponentGalleryPage>();
    }

    private static IEnumerable<string> LibraryComponents() =>
        typeof(CaseHeader).Assembly.GetExportedTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract && !t.Name.StartsWith('_'))
            .Select(t => t.Name);

    [Fact]
    public void In_development_every_component_of_the_library_has_its_heading()
    {
        var page = RenderIn(Environments.Development);

        var headings = page.FindAll("[data-testid=gallery-heading]").Select(h => h.TextContent).ToList();
        Assert.Equal("Komponenter", page.Find("h1").TextContent);
        Assert.All(LibraryComponents(), name => Assert.Contains(name, headings));
        Assert.Equal(headings.Count, headings.Distinct().Count());
        Assert.True(headings.Count >= 37, $"only {headings.Count} components shown");
    }

    [Fact]
    public void In_development_the_components_show_their_demo_states()
    {
        var page = RenderIn(Environments.Development);

        Assert.Contains("Anne Demo Jensen", page.Find("[data-testid=case-citizen]").TextContent);
        Assert.Contains("Ikke i målgruppen.", page.Find("[data-testid=referral-history]").TextContent);
        Assert.Contains("Over fristen", page.Find("[data-testid=referral-overdue]").TextContent);
        Assert.Contains("Risiko: Høj", page.Find("[data-testid=screening-result]").TextContent);
        Assert.Equal(["12", "5", "<5", "<5", "0", "40"], page.FindAll("[data-testid=gallery-chart-cell]").Select(c => c.TextContent));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_development_the_page_is_not_found_and_shows_no_component(string environment)
    {
        var page = RenderIn(environment);

        Assert.Equal("Siden findes ikke", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll("[data-testid=gallery-section]"));
        Assert.DoesNotContain("Anne Demo Jensen", page.Markup);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private sealed class Environment(string name) : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Portal";
        public string WebRootPath { get; set; } = "";
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
