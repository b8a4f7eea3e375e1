import { mountStudio } from "./index";

mountStudio(document.getElementById("root")!);
