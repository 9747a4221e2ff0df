import type { Metadata, Viewport } from 'next';
import Script from 'next/script';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import './globals.css';
import { DEFAULT_SITE_URL } from '@/lib/env';

export const metadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? DEFAULT_SITE_URL),
  title: { default: 'Quantwise: which LLM runs on your hardware', template: '%s · Quantwise' },
  description:
    'Which model, at which quantization, runs on your hardware, how fast, and how good it will be: sourced catalog, calibrated estimator, guides.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

// Applies a saved theme before first paint, so a dark-mode reader never sees a white flash.
const themeScript = `try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* next/script carries the request's CSP nonce on /admin; public pages stay static. */}
        <Script id="theme" strategy="beforeInteractive">
          {themeScript}
        </Script>
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
