// The PNG beside each chart's SVG in the Word report, drawn by the browser itself: the SVG as an
// image on a canvas at twice its size (sharp when printed), white behind it. The page's own fonts
// draw the words (Times New Roman on Windows). No library, nothing leaves the page.
import type { Rasterise } from "../../docx";

const ZOOM = 2;

export const canvasPng: Rasterise = async (svg, width, height) => {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * ZOOM);
    canvas.height = Math.round(height * ZOOM);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("trình duyệt không vẽ được ảnh biểu đồ");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("trình duyệt không tạo được ảnh PNG của biểu đồ");
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
