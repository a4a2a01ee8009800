export const metadata = { title: "Poll tracker" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, font: "16px/1.5 Georgia, serif" }}>
        <main style={{ padding: 16, maxWidth: 720, margin: "0 auto" }}>{children}</main>
      </body>
    </html>
  );
}
