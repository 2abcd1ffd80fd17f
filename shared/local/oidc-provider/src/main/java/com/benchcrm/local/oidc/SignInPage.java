package com.benchcrm.local.oidc;

import com.benchcrm.security.Role;
import com.benchcrm.user.User;
import com.benchcrm.user.UserStatus;
import java.util.List;
import java.util.Map;

/**
 * The local sign-in page: plain HTML forms, no script, every value escaped. Step one picks a tenant
 * (skipped when there is one), step two one of its users and a role (the user's own role first).
 */
final class SignInPage {

    private SignInPage() {}

    static String tenants(List<SignInDirectory.Tenant> tenants, Map<String, String> hidden, String message) {
        StringBuilder b = new StringBuilder();
        if (tenants.isEmpty()) {
            b.append("<p>There is no tenant yet. Create one with <code>./benchcrm tenant create acme</code> "
                    + "(or run <code>./benchcrm demo</code>), then reload this page.</p>");
            return layout("Sign in", message, b.toString());
        }
        b.append("<form method=\"get\" action=\"")
                .append(LocalOidcProvider.AUTHORIZE_PATH)
                .append("\">");
        hiddenFields(b, hidden);
        b.append("<label for=\"tenant\">Tenant</label><select id=\"tenant\" name=\"tenant\" required autofocus>");
        for (SignInDirectory.Tenant t : tenants) {
            b.append("<option value=\"")
                    .append(esc(t.slug()))
                    .append("\">")
                    .append(esc(t.slug()))
                    .append("</option>");
        }
        b.append("</select><button type=\"submit\">Continue</button></form>");
        return layout("Sign in: choose a tenant", message, b.toString());
    }

    static String users(
            SignInDirectory.Tenant tenant,
            boolean otherTenants,
            List<User> users,
            Map<String, String> hidden,
            String message) {
        StringBuilder b = new StringBuilder();
        b.append("<p>Tenant <strong>").append(esc(tenant.slug())).append("</strong>");
        if (otherTenants) {
            StringBuilder back = new StringBuilder(LocalOidcProvider.AUTHORIZE_PATH).append('?');
            hidden.forEach((k, v) -> {
                if (!"tenant".equals(k) && !"form_token".equals(k)) {
                    back.append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                            .append('=')
                            .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))
                            .append('&');
                }
            });
            b.append(" (<a href=\"")
                    .append(esc(back.substring(0, back.length() - 1)))
                    .append("\">another tenant</a>)");
        }
        b.append("</p>");
        if (users.isEmpty()) {
            b.append("<p>This tenant has no users yet. Make one with <code>./benchcrm token --tenant ")
                    .append(esc(tenant.slug()))
                    .append(" --user you@example.com --role Owner</code>, then reload this page.</p>");
            return layout("Sign in", message, b.toString());
        }
        b.append("<form method=\"post\" action=\"")
                .append(LocalOidcProvider.AUTHORIZE_PATH)
                .append("\">");
        hiddenFields(b, hidden);
        b.append("<fieldset><legend>User</legend>");
        boolean first = true;
        for (User u : users) {
            String id = "user-" + u.id();
            boolean off = u.status() == UserStatus.DEACTIVATED;
            b.append("<div class=\"choice\"><input type=\"radio\" name=\"user\" id=\"")
                    .append(id)
                    .append("\" value=\"")
                    .append(u.id())
                    .append('"');
            if (off) {
                b.append(" disabled");
            } else if (first) {
                b.append(" checked required");
                first = false;
            }
            b.append("><label for=\"")
                    .append(id)
                    .append("\">")
                    .append(esc(u.name() == null ? u.email() : u.name()))
                    .append(" <span class=\"muted\">")
                    .append(u.name() == null ? "" : esc(u.email()) + " · ")
                    .append(u.role().name());
            if (u.status() != UserStatus.ACTIVE) {
                b.append(" · ").append(u.status().name().toLowerCase(java.util.Locale.ROOT));
            }
            b.append("</span></label></div>");
        }
        b.append("</fieldset>");
        b.append("<label for=\"role\">Role for this sign-in</label><select id=\"role\" name=\"role\">");
        Role suggested = users.stream()
                .filter(u -> u.status() != UserStatus.DEACTIVATED)
                .map(User::role)
                .findFirst()
                .orElse(Role.ReadOnly);
        for (Role r : Role.values()) {
            b.append("<option value=\"")
                    .append(r.name())
                    .append('"')
                    .append(r == suggested ? " selected" : "")
                    .append('>')
                    .append(r.name())
                    .append("</option>");
        }
        b.append(
                "</select><p class=\"muted\">Locally you may sign in with any role to try the console as it; in AWS the role "
                        + "is the user's Cognito group.</p>");
        b.append("<button type=\"submit\">Sign in</button></form>");
        return layout("Sign in to BenchCRM", message, b.toString());
    }

    static String error(String message) {
        return layout("Cannot sign in", message, "<p>Go back to the console and start again.</p>");
    }

    static String signedOut() {
        return layout("Signed out", null, "<p>You are signed out of the local BenchCRM provider.</p>");
    }

    private static void hiddenFields(StringBuilder b, Map<String, String> hidden) {
        hidden.forEach((k, v) -> b.append("<input type=\"hidden\" name=\"")
                .append(esc(k))
                .append("\" value=\"")
                .append(esc(v))
                .append("\">"));
    }

    private static String layout(String title, String message, String content) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + " · BenchCRM (local)</title><style>"
                + "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f5f6f8;color:#1b1f24}"
                + "main{max-width:32rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:.75rem;box-shadow:0 1px 4px #0002}"
                + "h1{font-size:1.4rem;margin-top:0}label,legend{display:block;font-weight:600;margin:.75rem 0 .25rem}"
                + "fieldset{border:0;padding:0;margin:0}.choice{display:flex;gap:.5rem;align-items:baseline}"
                + ".choice label{font-weight:400;margin:.2rem 0}select{font:inherit;padding:.4rem;min-width:12rem}"
                + "button{font:inherit;margin-top:1rem;padding:.5rem 1.25rem;border:0;border-radius:.4rem;background:#1d4ed8;color:#fff}"
                + "button:focus-visible,select:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}"
                + ".muted{color:#4b5563;font-size:.9rem}.error{background:#fef2f2;color:#991b1b;padding:.75rem;border-radius:.4rem}"
                + "code{background:#f3f4f6;padding:0 .2rem}"
                + "@media (prefers-color-scheme: dark){body{background:#0f1115;color:#e5e7eb}main{background:#1b1f24}"
                + ".muted{color:#9ca3af}code{background:#111827}.error{background:#450a0a;color:#fecaca}}"
                + "</style></head><body><main><h1>" + esc(title) + "</h1>"
                + "<p class=\"muted\">The embedded stack's own sign-in (loopback only). In AWS, Cognito's sign-in takes its place.</p>"
                + (message == null ? "" : "<p class=\"error\" role=\"alert\">" + esc(message) + "</p>")
                + content + "</main></body></html>";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
