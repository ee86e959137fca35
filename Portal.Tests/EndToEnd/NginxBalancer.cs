using System.Diagnostics;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Debian's nginx in front of the nodes, from a temp folder with the deployment example's settings: sticky by
/// client address (ip_hash), WebSocket upgrade for the circuit, and the next node when one does not answer.
/// </summary>
public sealed class NginxBalancer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private NginxBalancer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}";
    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    public static string Executable => Environment.GetEnvironmentVariable("PORTAL_NGINX") is { Length: > 0 } configured ? configured : "/usr/sbin/nginx";

    public static async Task<NginxBalancer> StartAsync(IEnumerable<int> nodePorts)
    {
        if (!File.Exists(Executable)) throw new InvalidOperationException($"nginx findes ikke ({Executable}); kør testene med ./test.sh, som installerer det.");
        var folder = Directory.CreateTempSubdirectory("portal-nginx-").FullName;
        // Workers run as nobody when nginx starts as root; they write their temp files here.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, (UnixFileMode)0x1FF);
        var port = PortalNode.FreePort();
        var servers = string.Join("\n", nodePorts.Select(p => $"        server 127.0.0.1:{p} max_fails=1 fail_timeout=30s;"));
        var config = $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            daemon off;
            events { worker_connections 512; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
            {{ConfigBody(servers, port)}}
            }
            """;
        var path = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(path, config);
        var start = new ProcessStartInfo(Executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", path }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var balancer = new NginxBalancer(process, folder, port);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 100 && !process.HasExited; i++)
        {
            try
            {
                await http.GetAsync($"{balancer.Url}/healthz");
                return balancer;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"nginx startede ikke: {await process.StandardError.ReadToEndAsync()} {balancer.ErrorLog}");
    }

    /// <summary>The part of the configuration the README shows as the deployment example.</summary>
    public static string ConfigBody(string servers, int port) => $$"""
            map $http_upgrade $connection_upgrade {
                default upgrade;
                ''      close;
            }
            upstream portal {
                ip_hash;
        {{servers}}
            }
            server {
                listen 127.0.0.1:{{port}};
                location / {
                    proxy_pass http://portal;
                    proxy_http_version 1.1;
                    proxy_set_header Upgrade $http_upgrade;
                    proxy_set_header Connection $connection_upgrade;
                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_read_timeout 1h;
                    proxy_next_upstream error timeout http_502 http_503;
                    add_header X-Portal-Node $upstream_addr always;
                }
            }
        """;

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
